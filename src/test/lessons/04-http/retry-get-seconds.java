// about: sleeps backoff.getSeconds() * 1000 ms: a backoff under a second is 0 s, so it retries at once
// answer: l04-fetch-with-retry
// score: 3
// expect: after the failed answer to request 1: wait backoff (50 ms)
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    long waitSeconds = backoff.getSeconds();
    for (int attempt = 1; attempt <= attempts; attempt++) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (HttpTimeoutException e) {
            // try again
        }
        if (attempt < attempts) {
            Thread.sleep(waitSeconds * 1000);
            waitSeconds *= 2;
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
