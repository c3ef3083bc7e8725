// about: a fixed pool of 2 threads: only two tasks run at a time
// answer: l08-failures
// score: 3
// expect: a pool of 2 runs 2 tasks at a time
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> task : tasks) futures.add(executor.submit(task));
        for (Future<String> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
    }
    return failures;
}
