// about: right, another way: sendAsync(...).orTimeout(timeout) joined; a CompletionException (a TimeoutException inside) is a failed attempt
// answer: l04-fetch-with-retry
// score: 5
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        try {
            HttpResponse<String> response = client.sendAsync(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString()).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
        }
        if (attempt < attempts) {
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
    throw new IOException(uri + ": " + attempts + " attempts failed");
}
