// about: right: each thread counts a latch down when its task is done; runAll awaits the latch
// answer: l01-run-all
// score: 4
static void runAll(List<Runnable> tasks) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(tasks.size());
    for (Runnable task : tasks) {
        Thread.ofPlatform().start(() -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        });
    }
    done.await();
}
