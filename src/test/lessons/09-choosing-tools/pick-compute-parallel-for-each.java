// about: computeAll with a parallel stream's forEach adding to a synchronized list: forEach keeps no order
// answer: l09-pick
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
    List<Long> results = Collections.synchronizedList(new ArrayList<>());
    jobs.parallelStream().forEach(job -> {
        try {
            results.add(job.call());
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    });
    return results;
}
