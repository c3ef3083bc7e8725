// about: a parallel stream (the common pool) with acquire and release in finally
// answer: l07-fetch-limited
// score: 3
// expect: a parallel stream
static List<String> fetchLimited(List<String> urls, Function<String, String> fetch, Semaphore permits) throws Exception {
    return urls.parallelStream().map(url -> {
        try { permits.acquire(); } catch (InterruptedException e) { throw new RuntimeException(e); }
        try { return fetch.apply(url); } finally { permits.release(); }
    }).toList();
}
