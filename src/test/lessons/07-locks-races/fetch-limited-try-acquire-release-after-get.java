// about: asks with tryAcquire(50 ms) in a loop, and gives the permit back only after get() of the future: the same mistake as with acquire()
// answer: l07-fetch-limited
// score: 1
// expect: release() where the fetch ends
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                while (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) { }
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
