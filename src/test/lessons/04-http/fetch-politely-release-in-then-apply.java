// about: with sendAsync, the permit is given back in thenApply, which a failed request skips
// answer: l04-fetch-politely
// score: 3
// expect: the permits taken for the failed requests were never given back
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    List<CompletableFuture<String>> bodies = new ArrayList<>();
    for (URI url : urls) {
        permits.acquire();
        bodies.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    permits.release();
                    return response.body();
                })
                .exceptionally(failure -> "failed"));
    }
    return bodies.stream().map(CompletableFuture::join).toList();
}
