// about: the right pool for computing, never shut down
// answer: l09-pick
// score: 3
// expect: left
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Long> results = new ArrayList<>();
    for (Future<Long> result : pool.invokeAll(jobs)) {
        results.add(result.get());
    }
    return results;
}
