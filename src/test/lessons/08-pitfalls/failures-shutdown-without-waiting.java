// about: right, another way: a cached pool, get() on every Future, then shutdown() in finally (the tasks have all ended, so its threads end by themselves)
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    ExecutorService executor = Executors.newCachedThreadPool();
    List<Throwable> failures = new ArrayList<>();
    try {
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> task : tasks) futures.add(executor.submit(task));
        for (Future<String> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
    } finally {
        executor.shutdown();
    }
    return failures;
}
