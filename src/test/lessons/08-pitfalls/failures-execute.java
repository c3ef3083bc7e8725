// about: execute() instead of submit(): the failures go to the uncaught-exception handler, which only prints them
// answer: l08-failures
// score: 2
// expect: execute() hands it to the pool thread's uncaught-exception handler
// stderr: allowed
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Callable<String> task : tasks) {
            executor.execute(() -> {
                try {
                    task.call();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
        }
    }
    return failures;
}
