// about: a fixed pool of reused threads, and the permit given back only after get() of each future: the pool's threads that took the permits went back to the pool, the task read first waits for a permit
// answer: l07-fetch-limited
// score: 1
// expect: release() where the fetch ends
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(urls.size());
    try {
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
    } finally {
        pool.shutdownNow();
    }
}
