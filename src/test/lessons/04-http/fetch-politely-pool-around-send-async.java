// about: a fixed pool of limit threads that call sendAsync: the pool is free again before the answers arrive
// answer: l04-fetch-politely
// score: 3
// expect: around sendAsync does not limit the requests in flight
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(limit)) {
        List<CompletableFuture<String>> bodies = new ArrayList<>();
        for (URI url : urls) {
            bodies.add(CompletableFuture.supplyAsync(() -> HttpRequest.newBuilder(url).build(), pool)
                    .thenCompose(request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                    .thenApply(HttpResponse::body)
                    .exceptionally(failure -> "failed"));
        }
        return bodies.stream().map(CompletableFuture::join).toList();
    }
}
