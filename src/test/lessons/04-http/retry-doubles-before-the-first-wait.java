// about: doubles the wait before sleeping, so its first wait is 2 × backoff: long enough for the server's lower bound, one step ahead of the rule
// answer: l04-fetch-with-retry
// score: 3
// expect: Wait backoff first, then double
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
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
            wait = wait.multipliedBy(2);
            Thread.sleep(wait);
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
