// about: right, unusually: a queue of its own on an ArrayList guarded by synchronized, wait and notifyAll, consumers started before the producer reads
// answer: l06-pipeline
// score: 5
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    List<String> items = new ArrayList<>();
    boolean[] over = {false};
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        threads.add(Thread.ofPlatform().start(() -> {
            while (true) {
                String item;
                synchronized (items) {
                    while (items.isEmpty() && !over[0]) {
                        try {
                            items.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (items.isEmpty()) {
                        return;
                    }
                    item = items.remove(0);
                }
                handle.accept(item);
            }
        }));
    }
    while (source.hasNext()) {
        String item = source.next();
        synchronized (items) {
            items.add(item);
            items.notifyAll();
        }
    }
    synchronized (items) {
        over[0] = true;
        items.notifyAll();
    }
    for (Thread t : threads) {
        t.join();
    }
}
