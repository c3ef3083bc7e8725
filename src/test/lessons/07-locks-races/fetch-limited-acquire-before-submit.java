// about: the caller takes a permit before submitting each fetch; the task gives it back in finally
// answer: l07-fetch-limited
// score: 5
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            permits.acquire();
            futures.add(executor.submit(() -> {
                try {
                    return fetch.apply(url);
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
