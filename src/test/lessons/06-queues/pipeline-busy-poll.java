// about: consumers spin on poll() until an item comes: a core busy doing nothing
// answer: l06-pipeline
// score: 4
// expect: busy loop
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    String pill = new String("done");
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        threads.add(Thread.ofPlatform().start(() -> {
            while (true) {
                String item = queue.poll();
                if (item == null) {
                    continue;
                }
                if (item == pill) {
                    return;
                }
                handle.accept(item);
            }
        }));
    }
    while (source.hasNext()) {
        queue.put(source.next());
    }
    for (int i = 0; i < consumers; i++) {
        queue.put(pill);
    }
    for (Thread t : threads) {
        t.join();
    }
}
