// about: joins the first cook before starting the second: the dishes are cooked one after another
// answer: l00-cook-both
// score: 1
// expect: did you call join() right after start()?
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    Thread one = new Thread(first);
    one.start();
    one.join();
    Thread two = new Thread(second);
    two.start();
    two.join();
}
