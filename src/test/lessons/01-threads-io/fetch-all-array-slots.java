// about: right: a platform thread per url writes its own slot of an array; all joined before reading
// answer: l01-fetch-all
// score: 5
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    String[] results = new String[urls.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
        int slot = i;
        threads.add(Thread.ofPlatform().start(() -> results[slot] = fetch.apply(urls.get(slot))));
    }
    for (Thread t : threads) {
        t.join();
    }
    return List.of(results);
}
