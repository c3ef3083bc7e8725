// about: a thread per url adds its result to one plain ArrayList: finishing order, and a data race
// answer: l01-fetch-all
// score: 3
// expect: That is also the order the tasks finished
// expect: if the tasks added their results to that plain ArrayList themselves, several threads added to it at once: a data race
// stderr: allowed
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    List<String> results = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (String url : urls) {
        threads.add(Thread.ofPlatform().start(() -> results.add(fetch.apply(url))));
    }
    for (Thread t : threads) {
        t.join();
    }
    return results;
}
