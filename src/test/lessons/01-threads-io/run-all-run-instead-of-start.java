// about: calls run() instead of start(): every task runs on the caller's thread
// answer: l01-run-all
// score: 2
// expect: run() runs a task right where you call it
static void runAll(List<Runnable> tasks) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (Runnable task : tasks) {
        Thread t = new Thread(task);
        threads.add(t);
        t.run();
    }
    for (Thread t : threads) {
        t.join();
    }
}
