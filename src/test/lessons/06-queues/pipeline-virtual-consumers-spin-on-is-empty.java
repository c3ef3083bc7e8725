// about: virtual-thread consumers that spin on isEmpty() (with onSpinWait) before each take(): a busy loop on a carrier, where a look at platform threads sees nothing (8 cpus only, an open defect: on one core a spinning virtual consumer keeps the only carrier, the others never reach the check's gate, and the side-by-side requirement fails too in some runs)
// answer: l06-pipeline
// score: 4
// expect: busy loop
// cpus: 8
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    String pill = new String("end");
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < consumers; i++) {
        threads.add(Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    while (queue.isEmpty()) {
                        Thread.onSpinWait();
                    }
                    String item = queue.take();
                    if (item == pill) {
                        return;
                    }
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
