// about: sleeps at the top of the loop, so even the first request waits backoff, and the waits are one step late
// answer: l04-fetch-with-retry
// score: 3
// expect: it slept before its first request too
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        Thread.sleep(wait);
        wait = wait.multipliedBy(2);
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (HttpTimeoutException e) {
            // try again
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
