// about: handle on each future rethrows a new exception of its own: the task's exception is lost
// answer: l03-gather
// score: 4
// expect: and that is not among its causes
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor).handle((value, failure) -> {
            if (failure != null) {
                throw new IllegalStateException("a task failed");
            }
            return value;
        }));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
}
