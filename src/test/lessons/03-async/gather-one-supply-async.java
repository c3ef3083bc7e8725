// about: one supplyAsync that runs every task in turn: asynchronous, but the tasks never overlap
// answer: l03-gather
// score: 3
// expect: a single supplyAsync that runs every task gets a single thread
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    return CompletableFuture.supplyAsync(() -> tasks.stream().map(Supplier::get).toList(), executor);
}
