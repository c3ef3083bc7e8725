// about: the wait grows by backoff each time (backoff × attempt: 1, 2, 3 ×) instead of doubling (1, 2, 4 ×)
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
            Thread.sleep(backoff.multipliedBy(attempt));
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
