// about: a fixed pool with a thread per url that is never closed
// answer: l01-fetch-all
// score: 4
// expect: an executor that is never closed keeps its threads alive
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, urls.size()));
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
