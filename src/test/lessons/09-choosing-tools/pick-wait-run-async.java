// about: waitAll with CompletableFuture.runAsync and no executor: the waits go to the common pool
// answer: l09-pick
// score: 3
// expect: shared ForkJoin common pool
static void waitAll(List<Runnable> waits) throws Exception {
    CompletableFuture.allOf(waits.stream().map(CompletableFuture::runAsync).toArray(CompletableFuture[]::new)).join();
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
