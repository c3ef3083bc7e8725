// about: makes its own virtual-thread executor in try-with-resources: close() waits, and it is not the one given
// answer: l03-gather
// score: 2
// expect: close() waits for every task
// expect: on an executor it created itself
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    try (ExecutorService own = Executors.newVirtualThreadPerTaskExecutor()) {
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (Supplier<T> task : tasks) {
            futures.add(CompletableFuture.supplyAsync(task, own));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }
}
