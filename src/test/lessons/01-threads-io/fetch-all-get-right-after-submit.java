// about: calls get() right after each submit(): one fetch at a time
// answer: l01-fetch-all
// score: 3
// expect: did you call get() right after submit()?
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<String> results = new ArrayList<>();
        for (String url : urls) {
            results.add(executor.submit(() -> fetch.apply(url)).get());
        }
        return results;
    }
}
