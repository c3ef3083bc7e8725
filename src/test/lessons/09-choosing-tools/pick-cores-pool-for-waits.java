// about: waits on a fixed pool sized to the cores: only a few waits at once
// answer: l09-pick
// score: 3
// expect: at once
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (Runnable wait : waits) {
            pool.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        List<Long> results = new ArrayList<>();
        for (Future<Long> result : pool.invokeAll(jobs)) {
            results.add(result.get());
        }
        return results;
    }
}
