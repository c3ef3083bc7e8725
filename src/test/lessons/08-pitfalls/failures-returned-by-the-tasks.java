// about: right, another way: each task wrapped so that it returns its own exception as its result; no get() throws
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<Throwable>> futures = new ArrayList<>();
        for (Callable<String> task : tasks) {
            futures.add(executor.submit(() -> {
                try {
                    task.call();
                    return null;
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<Throwable> future : futures) {
            try {
                Throwable t = future.get();
                if (t != null) failures.add(t);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }
}
