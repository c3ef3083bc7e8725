// about: run() instead of start(), and a consumer that returns on an interrupt: every run() waits again, so each wait needs ending
// answer: l06-pipeline
// score: 0
// expect: called run() on a thread instead of start()
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
                return;
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
