// about: right, another way: a CompletableFuture per task on virtual threads, allOf(), then exceptionNow() of each that failed
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<CompletableFuture<String>> futures = tasks.stream().map(task -> CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor)).toList();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<String> future : futures) {
            if (future.isCompletedExceptionally()) failures.add(future.exceptionNow());
        }
        return failures;
    }
}
