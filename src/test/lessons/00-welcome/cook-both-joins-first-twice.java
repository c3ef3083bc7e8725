// about: joins the first cook twice (a copy-paste slip): the second is never waited for
// answer: l00-cook-both
// score: 1
// expect: did you forget join()?
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    Thread one = new Thread(first);
    Thread two = new Thread(second);
    one.start();
    two.start();
    one.join();
    one.join();
}
