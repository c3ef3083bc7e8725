// about: right, asynchronously: each retry is a new sendAsync scheduled with delayedExecutor(backoff), joined at the end
// answer: l04-fetch-with-retry
// score: 5
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    try {
        return attempt(client, HttpRequest.newBuilder(uri).timeout(timeout).build(), attempts, backoff).join();
    } catch (CompletionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
}

static CompletableFuture<String> attempt(HttpClient client, HttpRequest request, int left, Duration wait) {
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
            .handle((response, failure) -> {
                if (failure == null && response.statusCode() == 200) {
                    return CompletableFuture.completedFuture(response.body());
                }
                if (failure != null && !(failure instanceof HttpTimeoutException)
                        && !(failure.getCause() instanceof HttpTimeoutException)) {
                    return CompletableFuture.<String>failedFuture(failure);
                }
                if (left <= 1) {
                    return CompletableFuture.<String>failedFuture(new IOException(request.uri() + ": every attempt failed"));
                }
                Executor later = CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS);
                return CompletableFuture.supplyAsync(() -> null, later)
                        .thenCompose(ignored -> attempt(client, request, left - 1, wait.multipliedBy(2)));
            })
            .thenCompose(f -> f);
}
