// about: makes a thread per task and joins them, but never starts them: nothing runs
// answer: l01-run-all
// score: 0
// expect: did you create the threads but never start them?
static void runAll(List<Runnable> tasks) throws InterruptedException {
    List<Thread> threads = tasks.stream().map(Thread::new).toList();
    for (Thread t : threads) {
        t.join();
    }
}
