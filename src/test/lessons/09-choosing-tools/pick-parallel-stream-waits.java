// about: waits on a parallel stream: the common pool, sized for computing
// answer: l09-pick
// score: 3
// expect: common pool
static void waitAll(List<Runnable> waits) throws Exception {
    waits.parallelStream().forEach(Runnable::run);
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
