// about: submits every fetch, then the caller alone gets each Future in url order but adds it at the front: reversed
// answer: l01-fetch-all
// score: 3
// expect: last task first, not in the order they were given
// expect: add(0, result)
// expect: if the tasks added their results to that plain ArrayList themselves
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (String url : urls) {
            futures.add(executor.submit(() -> fetch.apply(url)));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : futures) {
            results.add(0, f.get());
        }
        return results;
    }
}
