// about: starts every task, then join()s each future inside gather: a failed task's CompletionException escapes gather
// answer: l03-gather
// score: 3
// expect: gather returned only after 3 of its 3 tasks had finished: it waited for them with join() or get()
// expect: gather threw CompletionException instead of returning a future that completes exceptionally
// expect: waited for it with join(), which throws CompletionException when the task failed
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor));
    }
    List<T> results = new ArrayList<>();
    for (CompletableFuture<T> future : futures) {
        results.add(future.join());
    }
    return CompletableFuture.completedFuture(results);
}
