// about: joins each future right after supplyAsync, then wraps the list in a completed future
// answer: l03-gather
// score: 1
// expect: gather returned only after 3 of its 3 tasks had finished: it waited for them with join() or get()
// expect: did you join() each future right after supplyAsync?
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<T> results = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        results.add(CompletableFuture.supplyAsync(task, executor).join());
    }
    return CompletableFuture.completedFuture(results);
}
