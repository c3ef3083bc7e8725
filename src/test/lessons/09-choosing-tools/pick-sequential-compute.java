// about: computes every job on the calling thread
// answer: l09-pick
// score: 3
// expect: on the thread that called it
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    List<Long> results = new ArrayList<>();
    for (Callable<Long> job : jobs) {
        results.add(job.call());
    }
    return results;
}
