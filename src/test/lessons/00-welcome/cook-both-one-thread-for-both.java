// about: one new thread that cooks both dishes, one after the other
// answer: l00-cook-both
// score: 1
// expect: every task needs a thread of its own
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    Thread cook = new Thread(() -> {
        first.run();
        second.run();
    });
    cook.start();
    cook.join();
}
