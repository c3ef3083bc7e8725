// about: invokeAll, then the cause of every failed Future
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    try (ExecutorService executor = Executors.newCachedThreadPool()) {
        for (Future<String> future : executor.invokeAll(tasks)) {
            if (future.state() == Future.State.FAILED) {
                failures.add(future.exceptionNow());
            }
        }
    }
    return failures;
}
