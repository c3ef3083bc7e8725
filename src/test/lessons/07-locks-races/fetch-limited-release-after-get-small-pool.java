// about: a pool of four threads for eight urls, and the permit given back only after get(): the threads that took the permits ask again for their next task while the task read first waits
// answer: l07-fetch-limited
// score: 1
// expect: release() where the fetch ends
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(pool.submit(() -> {
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
