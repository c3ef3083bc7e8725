// about: makes the two threads but never starts them, and joins them
// answer: l00-cook-both
// score: 0
// expect: did you create the threads but never start them?
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    Thread one = new Thread(first);
    Thread two = new Thread(second);
    one.join();
    two.join();
}
