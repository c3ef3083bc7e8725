// about: run() instead of start() on each consumer thread: its take() loop runs on the calling thread, which waits there for items only it could put
// answer: l06-pipeline
// score: 0
// expect: called run() on a thread instead of start()
// expect: Call start()
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    String pill = new String("end");
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        Thread t = new Thread(() -> {
            try {
                for (String item = queue.take(); item != pill; item = queue.take()) {
                    handle.accept(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        threads.add(t);
        t.run();
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
