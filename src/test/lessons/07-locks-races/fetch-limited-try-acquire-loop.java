// about: right, written another way: tryAcquire(50 ms) in a loop until a permit comes, given back in finally
// answer: l07-fetch-limited
// score: 5
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                while (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) { }
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
