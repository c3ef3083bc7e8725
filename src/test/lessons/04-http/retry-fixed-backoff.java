// about: waits backoff every time instead of doubling it
// answer: l04-fetch-with-retry
// score: 3
// expect: the wait doubles after each failure
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
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
            Thread.sleep(backoff);
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
