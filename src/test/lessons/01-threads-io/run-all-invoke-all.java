// about: right: invokeAll on a virtual-thread executor in try-with-resources
// answer: l01-run-all
// score: 4
static void runAll(List<Runnable> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        executor.invokeAll(tasks.stream().map(Executors::callable).toList());
    }
}
