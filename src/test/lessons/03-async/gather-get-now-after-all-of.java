// about: right: allOf, then getNow(null) on each future (they are all complete by then)
// answer: l03-gather
// score: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor));
    }
    return CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).thenApply(ignored -> {
        List<T> results = new ArrayList<>();
        for (CompletableFuture<T> future : futures) {
            results.add(future.getNow(null));
        }
        return results;
    });
}
