// about: get() with no catch: the first failure ends failuresOf, the later ones are never collected
// answer: l08-failures
// score: 2
// expect: at the first failure, so the failures after it were never collected
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> task : tasks) {
            futures.add(executor.submit(task));
        }
        for (Future<String> future : futures) {
            future.get();
        }
        return List.of();
    }
}
