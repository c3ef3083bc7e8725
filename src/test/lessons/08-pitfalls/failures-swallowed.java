// about: catches every exception from get() and carries on without keeping it
// answer: l08-failures
// score: 2
// expect: a catch that carries on swallows it
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> task : tasks) {
            futures.add(executor.submit(task));
        }
        for (Future<String> future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                // a failed page: skip it
            }
        }
    }
    return failures;
}
