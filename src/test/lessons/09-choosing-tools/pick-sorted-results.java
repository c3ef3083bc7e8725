// about: the right tools, but computeAll sorts the results before returning them: value order, not job order
// answer: l09-pick
// score: 4
// expect: the results sorted by their values, not in the order the tasks were given
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
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
        results.sort(null);
        return results;
    }
}
