// about: right, another way: newThreadPerTaskExecutor of virtual threads for waiting; submit each job to a fixed pool of cores and get() them in order afterwards
// answer: l09-pick
// score: 5
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("wait-", 0).factory())) {
        List<Future<?>> done = new ArrayList<>();
        for (Runnable wait : waits) {
            done.add(executor.submit(wait));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
        List<Future<Long>> futures = new ArrayList<>();
        for (Callable<Long> job : jobs) {
            futures.add(pool.submit(job));
        }
        List<Long> results = new ArrayList<>();
        for (Future<Long> f : futures) {
            results.add(f.get());
        }
        return results;
    } finally {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
