// about: a thread for the first dish, the second cooked on the caller's own thread
// answer: l00-cook-both
// score: 1
// expect: task 2 ran on the thread that called cookBoth
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    Thread cook = Thread.ofPlatform().start(first);
    second.run();
    cook.join();
}
