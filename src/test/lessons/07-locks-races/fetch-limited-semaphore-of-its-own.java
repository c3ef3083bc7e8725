// about: makes a Semaphore(3) of its own instead of using the one it is given
// answer: l07-fetch-limited
// score: 3
// expect: use the semaphore fetchLimited is given
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    Semaphore mine = new Semaphore(3);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                mine.acquire();
                try {
                    return fetch.apply(url);
                } finally {
                    mine.release();
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
