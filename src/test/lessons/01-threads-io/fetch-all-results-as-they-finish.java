// about: each task adds its result to a synchronized list: results in the order the fetches finish
// answer: l01-fetch-all
// score: 3
// expect: last task first, not in the order they were given
// expect: That is also the order the tasks finished
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    List<String> results = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String url : urls) {
            executor.submit(() -> results.add(fetch.apply(url)));
        }
    }
    return results;
}
