// about: computeAll takes the results from an ExecutorCompletionService: the order they finished in, not job order
// answer: l09-pick
// cpus: 8
// about: on one core the pool has one thread, which finishes the jobs in the order given: completion order is job order there, and no check can tell them apart
// score: 4
// expect: in the order the tasks finished
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        CompletionService<Long> done = new ExecutorCompletionService<>(pool);
        for (Callable<Long> job : jobs) {
            done.submit(job);
        }
        List<Long> results = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            results.add(done.take().get());
        }
        return results;
    }
}
