// about: waitAll starts a virtual thread per wait and returns without joining them
// answer: l09-pick
// score: 3
// expect: did you forget join()?
static void waitAll(List<Runnable> waits) throws Exception {
    for (Runnable wait : waits) {
        Thread.ofVirtual().start(wait);
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
