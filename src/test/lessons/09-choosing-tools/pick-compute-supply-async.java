// about: right, another way: computeAll with supplyAsync and no executor, the common pool the exercise allows
// answer: l09-pick
// score: 5
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    List<CompletableFuture<Long>> futures = jobs.stream().map(job -> CompletableFuture.supplyAsync(() -> {
        try {
            return job.call();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    })).toList();
    return futures.stream().map(CompletableFuture::join).toList();
}
