// about: a lazy stream of supplyAsync joined inside one supplyAsync: each task starts only when the one before is joined
// answer: l03-gather
// score: 3
// expect: the 3 tasks never all ran at the same time (at most 1 at once)
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    Stream<CompletableFuture<T>> futures = tasks.stream().map(task -> CompletableFuture.supplyAsync(task, executor));
    return CompletableFuture.supplyAsync(() -> futures.map(CompletableFuture::join).toList(), executor);
}
