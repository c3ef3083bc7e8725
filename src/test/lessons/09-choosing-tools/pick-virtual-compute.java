// about: computes on virtual threads
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
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Long> results = new ArrayList<>();
        for (Future<Long> result : executor.invokeAll(jobs)) {
            results.add(result.get());
        }
        return results;
    }
}
