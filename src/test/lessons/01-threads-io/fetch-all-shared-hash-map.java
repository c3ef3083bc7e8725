// about: a thread per url puts its result into a plain HashMap shared by all: a data race
// answer: l01-fetch-all
// score: 3
// expect: Results that change from run to run are a race
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    Map<String, String> results = new HashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (String url : urls) {
        threads.add(Thread.ofPlatform().start(() -> results.put(url, fetch.apply(url))));
    }
    for (Thread t : threads) {
        t.join();
    }
    List<String> inOrder = new ArrayList<>();
    for (String url : urls) {
        inOrder.add(results.get(url));
    }
    return inOrder;
}
