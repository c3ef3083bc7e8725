// about: computeAll on a fixed pool sized to the number of jobs: a thread per job again
// answer: l09-pick
// score: 3
// expect: a thread per job (or a cached pool)
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs.size()))) {
        List<Long> results = new ArrayList<>();
        for (Future<Long> result : pool.invokeAll(jobs)) {
            results.add(result.get());
        }
        return results;
    }
}
