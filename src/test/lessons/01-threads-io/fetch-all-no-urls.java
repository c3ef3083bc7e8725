// about: a fixed pool of exactly urls.size() threads: right, except that no urls make it throw
// answer: l01-fetch-all
// score: 3
// expect: fetchAll of no urls threw
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    try (ExecutorService executor = Executors.newFixedThreadPool(urls.size())) {
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
