// about: supplyAsync(task) without the executor: the waiting tasks run on the shared common pool
// answer: l03-gather
// score: 3
// expect: supplyAsync(task) runs them when it is given no executor
// expect: Pass the executor gather is given: supplyAsync(task, executor).
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
}
