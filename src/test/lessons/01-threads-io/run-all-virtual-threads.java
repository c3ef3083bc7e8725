// about: right: a virtual thread per task, started with Thread.ofVirtual(), then joined
// answer: l01-run-all
// score: 4
static void runAll(List<Runnable> tasks) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (Runnable task : tasks) {
        threads.add(Thread.ofVirtual().start(task));
    }
    for (Thread t : threads) {
        t.join();
    }
}
