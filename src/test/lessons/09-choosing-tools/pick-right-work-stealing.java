// about: right, another way: a cached pool of platform threads for waiting, a work-stealing pool for computing
// answer: l09-pick
// score: 5
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService pool = Executors.newCachedThreadPool()) {
        List<Future<?>> done = new ArrayList<>();
        for (Runnable wait : waits) {
            done.add(pool.submit(wait));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    try (ExecutorService pool = Executors.newWorkStealingPool()) {
        List<Long> results = new ArrayList<>();
        for (Future<Long> result : pool.invokeAll(jobs)) {
            results.add(result.get());
        }
        return results;
    }
}
