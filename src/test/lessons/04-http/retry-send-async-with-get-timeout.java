// about: right, another way: sendAsync and get(timeout) on its future, a TimeoutException counting as a failed attempt
// answer: l04-fetch-with-retry
// score: 5
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    long wait = backoff.toMillis();
    for (int attempt = 1; attempt <= attempts; attempt++) {
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (TimeoutException e) {
            pending.cancel(true);
        }
        if (attempt == attempts) {
            break;
        }
        Thread.sleep(wait);
        wait *= 2;
    }
    throw new IOException(uri + ": no good answer in " + attempts + " attempts");
}
