// about: the loop starts consumers from 1 to consumers - 1: one consumer too few
// answer: l06-pipeline
// score: 3
// expect: start 3 consumer threads
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    String pill = new String("end");
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i < consumers; i++) {
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                for (String item = queue.take(); item != pill; item = queue.take()) {
                    handle.accept(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
    while (source.hasNext()) {
        queue.put(source.next());
    }
    for (int i = 0; i < consumers; i++) {
        queue.put(pill);
    }
    for (Thread thread : threads) {
        thread.join();
    }
}
