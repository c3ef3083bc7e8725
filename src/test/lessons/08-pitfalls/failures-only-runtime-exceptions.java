// about: keeps the cause only when it is a RuntimeException: the task's IOException is lost
// answer: l08-failures
// score: 2
// expect: collect the cause of every ExecutionException, whatever its type
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
                if (e.getCause() instanceof RuntimeException r) {
                    failures.add(r);
                }
            }
        }
        return failures;
    }
}
