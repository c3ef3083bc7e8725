// about: releases the permit after the fetch, but not in finally: a fetch that throws keeps it
// answer: l07-fetch-limited
// score: 3
// expect: permits never came back: the fetch that threw kept its permit
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                String page = fetch.apply(url);
                permits.release();
                return page;
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
