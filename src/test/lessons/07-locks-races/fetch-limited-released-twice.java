// about: releases after the fetch and again in finally: every fetch adds a permit, so more and more run at once
// answer: l07-fetch-limited
// score: 1
// expect: it gave back more than it took
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                try {
                    String page = fetch.apply(url);
                    permits.release();
                    return page;
                } finally {
                    permits.release();
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
