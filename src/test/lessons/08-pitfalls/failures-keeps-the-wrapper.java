// about: collects the ExecutionException itself instead of its cause
// answer: l08-failures
// score: 2
// expect: that is the wrapper get() (or join()) throws; the task's own exception is its getCause()
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> task : tasks) {
            futures.add(executor.submit(task));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<String> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failures.add(e);
            }
        }
        return failures;
    }
}
