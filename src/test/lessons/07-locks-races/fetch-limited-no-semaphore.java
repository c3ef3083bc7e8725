// about: a thread per url and no use of the semaphore: every fetch at once
// answer: l07-fetch-limited
// score: 3
// expect: 8 fetches ran at the same time, with a semaphore of 3 permits
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
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
