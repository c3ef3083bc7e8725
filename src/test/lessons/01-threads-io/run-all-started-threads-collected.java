// about: right: a stream starts the platform threads and collects them (toList) before any is joined
// answer: l01-run-all
// score: 4
static void runAll(List<Runnable> tasks) throws InterruptedException {
    List<Thread> threads = tasks.stream().map(Thread.ofPlatform()::start).toList();
    for (Thread t : threads) {
        t.join();
    }
}
