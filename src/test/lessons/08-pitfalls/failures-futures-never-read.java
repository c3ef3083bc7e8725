// about: submits every task and never calls get(): the failures stay in the Futures
// answer: l08-failures
// score: 2
// expect: A Future nobody calls get() on keeps it for ever
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Callable<String> task : tasks) {
            executor.submit(task);
        }
    }
    return new ArrayList<>();
}
