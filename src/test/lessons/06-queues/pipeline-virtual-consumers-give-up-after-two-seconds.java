// about: virtual-thread consumers that stop when poll(2 s) comes back empty, with pills for the usual end: the pause of a slow producer ends them early
// answer: l06-pipeline
// score: 2
// expect: because the consumers had all ended before the producer was done
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    String pill = new String("end");
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        threads.add(Thread.ofVirtual().start(() -> {
            try {
                for (String item = queue.poll(2, TimeUnit.SECONDS); item != null && item != pill;
                        item = queue.poll(2, TimeUnit.SECONDS)) {
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
    for (Thread t : threads) {
        t.join();
    }
}
