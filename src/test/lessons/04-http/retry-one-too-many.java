// about: for (attempt = 0; attempt <= attempts; ...): one request more than attempts
// answer: l04-fetch-with-retry
// score: 4
// expect: made 4 requests to /down before giving up; attempts was 3
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
    for (int attempt = 0; attempt <= attempts; attempt++) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (HttpTimeoutException e) {
            // try again
        }
        if (attempt < attempts) {
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
    throw new IOException(uri + " failed");
}
