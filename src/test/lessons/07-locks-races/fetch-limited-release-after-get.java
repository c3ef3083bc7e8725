// about: releases the permit only after get() of the future: tasks that took the permits wait to be read while the one read first waits for a permit
// answer: l07-fetch-limited
// score: 1
// expect: release() where the fetch ends
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                return fetch.apply(url);
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> future : futures) {
            results.add(future.get());
            permits.release();
        }
        return results;
    }
}
