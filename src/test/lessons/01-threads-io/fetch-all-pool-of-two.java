// about: a fixed pool of two threads: at most two fetches at once
// answer: l01-fetch-all
// score: 3
// expect: a pool of 2 runs 2 tasks at a time
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
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
