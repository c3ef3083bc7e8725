// about: right: CompletableFuture.supplyAsync with an executor it creates and closes, joined in url order
// answer: l01-fetch-all
// score: 5
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<CompletableFuture<String>> futures = urls.stream()
                .map(url -> CompletableFuture.supplyAsync(() -> fetch.apply(url), executor))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
