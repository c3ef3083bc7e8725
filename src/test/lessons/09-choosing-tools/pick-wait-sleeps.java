// about: waitAll starts a virtual thread per wait and sleeps a second instead of joining them
// answer: l09-pick
// score: 3
// expect: it waited with Thread.sleep (in waitAll)
static void waitAll(List<Runnable> waits) throws Exception {
    for (Runnable wait : waits) {
        Thread.ofVirtual().start(wait);
    }
    Thread.sleep(1000);
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
