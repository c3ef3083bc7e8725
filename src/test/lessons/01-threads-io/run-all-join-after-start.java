// about: joins each thread right after starting it: the tasks run one after another
// answer: l01-run-all
// score: 2
// expect: did you call join() right after start()?
static void runAll(List<Runnable> tasks) throws InterruptedException {
    for (Runnable task : tasks) {
        Thread t = new Thread(task);
        t.start();
        t.join();
    }
}
