// about: right: the collecting stage runs on the executor too (thenApplyAsync(..., executor))
// answer: l03-gather
// score: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = tasks.stream().map(t -> CompletableFuture.supplyAsync(t, executor)).toList();
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApplyAsync(done -> futures.stream().map(CompletableFuture::join).toList(), executor);
}
