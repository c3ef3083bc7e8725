// about: tryAcquire() without waiting, and fetches anyway when no permit was free: no limit at all once three fetches run
// answer: l07-fetch-limited
// score: 3
// expect: with a semaphore of 3 permits
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                boolean got = permits.tryAcquire();
                try {
                    return fetch.apply(url);
                } finally {
                    if (got) permits.release();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
