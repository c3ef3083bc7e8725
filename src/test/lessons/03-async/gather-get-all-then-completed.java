// about: starts every task, then get()s each future inside gather: a failed task's ExecutionException escapes gather
// answer: l03-gather
// score: 3
// expect: it waited for them with join() or get()
// expect: gather threw ExecutionException instead of returning a future that completes exceptionally
// expect: waited for it with get()
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) throws Exception {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor));
    }
    List<T> results = new ArrayList<>();
    for (CompletableFuture<T> future : futures) {
        results.add(future.get());
    }
    return CompletableFuture.completedFuture(results);
}
