// about: a thread per url adds into a synchronized list, all joined, then a sorted copy returned: value order, not url order
// answer: l01-fetch-all
// score: 3
// expect: the results sorted by their values, not in the order the tasks were given
// expect: don't sort the results
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    List<String> results = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (String url : urls) {
        threads.add(Thread.ofPlatform().start(() -> results.add(fetch.apply(url))));
    }
    for (Thread t : threads) {
        t.join();
    }
    List<String> sorted = new ArrayList<>(results);
    Collections.sort(sorted);
    return sorted;
}
