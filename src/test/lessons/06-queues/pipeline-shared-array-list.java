// about: the whole source read into a plain ArrayList first, then consumers remove(0) from it, unsynchronised: a batch, and a data race that loses, repeats or hands out null in some runs
// answer: l06-pipeline
// score: 2 or 0
// expect: no consumer handled any of them
// expect: a batch, not a pipeline
// stderr: allowed
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    List<String> items = new ArrayList<>();
    while (source.hasNext()) {
        items.add(source.next());
    }
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        threads.add(Thread.ofPlatform().start(() -> {
            while (!items.isEmpty()) {
                handle.accept(items.remove(0));
            }
        }));
    }
    for (Thread t : threads) {
        t.join();
    }
}
