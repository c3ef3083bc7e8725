// about: right: invokeAll on a virtual-thread executor, futures read in url order
// answer: l01-fetch-all
// score: 5
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    List<Callable<String>> calls = urls.stream().map(url -> (Callable<String>) () -> fetch.apply(url)).toList();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<String> results = new ArrayList<>();
        for (Future<String> future : executor.invokeAll(calls)) {
            results.add(future.get());
        }
        return results;
    }
}
