// about: a cached pool that is never shut down: its threads idle on for a minute
// answer: l08-failures
// score: 3
// expect: an executor that is never closed keeps its threads alive
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    ExecutorService executor = Executors.newCachedThreadPool();
    List<Future<String>> futures = new ArrayList<>();
    for (Callable<String> task : tasks) futures.add(executor.submit(task));
    List<Throwable> failures = new ArrayList<>();
    for (Future<String> future : futures) {
        try {
            future.get();
        } catch (ExecutionException e) {
            failures.add(e.getCause());
        }
    }
    return failures;
}
