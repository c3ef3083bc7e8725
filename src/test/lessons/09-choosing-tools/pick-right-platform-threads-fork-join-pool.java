// about: right, another way: a platform thread per wait, joined; a ForkJoinPool of the cores' size, closed with try-with-resources
// answer: l09-pick
// score: 5
static void waitAll(List<Runnable> waits) throws Exception {
    List<Thread> threads = new ArrayList<>();
    for (Runnable wait : waits) {
        threads.add(Thread.ofPlatform().start(wait));
    }
    for (Thread thread : threads) {
        thread.join();
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
        List<Long> results = new ArrayList<>();
        for (Future<Long> result : pool.invokeAll(jobs)) {
            results.add(result.get());
        }
        return results;
    }
}
