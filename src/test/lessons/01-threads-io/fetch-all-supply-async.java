// about: CompletableFuture.supplyAsync without an executor, joined in url order: the common pool
// answer: l01-fetch-all
// score: 3
// expect: Pass an executor you create and close: supplyAsync(task, executor)
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    List<CompletableFuture<String>> futures = urls.stream()
            .map(url -> CompletableFuture.supplyAsync(() -> fetch.apply(url)))
            .toList();
    return futures.stream().map(CompletableFuture::join).toList();
}
