// about: the whole source read into a list first, then consumers remove from it under synchronized: a batch
// answer: l06-pipeline
// score: 2
// expect: no consumer handled any of them
// expect: a batch, not a pipeline
// expect: no consumer was running while the producer was held
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    List<String> items = new ArrayList<>();
    source.forEachRemaining(items::add);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        threads.add(Thread.ofPlatform().start(() -> {
            while (true) {
                String item;
                synchronized (items) {
                    if (items.isEmpty()) {
                        return;
                    }
                    item = items.remove(0);
                }
                handle.accept(item);
            }
        }));
    }
    for (Thread t : threads) {
        t.join();
    }
}
