// about: waitAll on a fixed pool of 100 platform threads: enough for 100 waits, not for 300
// answer: l09-pick
// score: 3
// expect: a pool of 100 runs 100 tasks at a time
// visible: 5
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
        for (Runnable wait : waits) {
            pool.submit(wait);
        }
    }
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
