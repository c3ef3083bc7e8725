// about: waitAll calls shutdown() on its virtual-thread executor and returns: shutdown does not wait for the tasks
// answer: l09-pick
// score: 3
// expect: returned before 100 of its 100 tasks had finished
static void waitAll(List<Runnable> waits) throws Exception {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    for (Runnable wait : waits) {
        executor.submit(wait);
    }
    executor.shutdown();
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    try (ExecutorService pool = Executors.newFixedThreadPool(cores)) {
        List<Long> results = new ArrayList<>();
        for (Future<Long> result : pool.invokeAll(jobs)) {
            results.add(result.get());
        }
        return results;
    }
}
