// about: no semaphore calls at all: a fixed pool with as many threads as the semaphore has permits
// answer: l07-fetch-limited
// score: 5
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newFixedThreadPool(permits.availablePermits())) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> fetch.apply(url)));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
