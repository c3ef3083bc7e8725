// about: right in every way but one: sorts the results before returning them, which is value order, not url order
// answer: l07-fetch-limited
// score: 4
// expect: the results sorted by their values, not in the order the tasks were given
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
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
        Collections.sort(results);
        return results;
    }
}
