// about: catches ExecutionException and puts null in the results: the permits come back, the failure does not
// answer: l07-fetch-limited
// score: 3
// expect: the failure was swallowed
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
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                results.add(null);
            }
        }
        return results;
    }
}
