// about: virtual threads for everything
// answer: l09-pick
// score: 3
// expect: on virtual threads
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    List<CompletableFuture<Long>> futures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (Callable<Long> job : jobs) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        futures.add(f);
        threads.add(Thread.ofVirtual().start(() -> {
            try {
                f.complete(job.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        }));
    }
    List<Long> results = new ArrayList<>();
    for (CompletableFuture<Long> f : futures) {
        results.add(f.join());
    }
    return results;
}
