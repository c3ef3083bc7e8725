// about: a platform thread per url, results in an array slot each, the permit released in finally
// answer: l07-fetch-limited
// score: 5
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    String[] results = new String[urls.size()];
    Throwable[] failures = new Throwable[urls.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
        int slot = i;
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                permits.acquire();
                try {
                    results[slot] = fetch.apply(urls.get(slot));
                } finally {
                    permits.release();
                }
            } catch (Throwable t) {
                failures[slot] = t;
            }
        }));
    }
    for (Thread t : threads) {
        t.join();
    }
    for (Throwable failure : failures) {
        if (failure != null) {
            throw new ExecutionException(failure);
        }
    }
    return List.of(results);
}
