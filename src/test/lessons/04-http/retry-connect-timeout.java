// about: the timeout set as a new client's connectTimeout, which bounds only opening the connection, not the wait for the answer
// answer: l04-fetch-with-retry
// score: 3
// expect: A request without a timeout can wait for ever
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    try (HttpClient withTimeout = HttpClient.newBuilder().connectTimeout(timeout).build()) {
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        Duration wait = backoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = withTimeout.send(request, HttpResponse.BodyHandlers.ofString());
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
        throw new IOException(uri + " failed " + attempts + " times");
    }
}
