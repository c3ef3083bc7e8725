// about: get() right after each submit(): one fetch at a time, whatever the semaphore allows
// answer: l07-fetch-limited
// score: 3
// expect: At most 1 fetch(es) ran at a time, although the semaphore had 3 permits
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<String> results = new ArrayList<>();
        for (String url : urls) {
            results.add(executor.submit(() -> {
                permits.acquire();
                try {
                    return fetch.apply(url);
                } finally {
                    permits.release();
                }
            }).get());
        }
        return results;
    }
}
