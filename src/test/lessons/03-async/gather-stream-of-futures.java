// about: right, with streams: the futures are collected with toList() first, so all tasks start before allOf
// answer: l03-gather
// score: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = tasks.stream().map(task -> CompletableFuture.supplyAsync(task, executor)).toList();
    return CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
            .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
}
