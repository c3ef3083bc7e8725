// about: a pool of two, shutdown() but no wait: returns while the dishes cook
// answer: l00-cook-both
// score: 1
// expect: did you forget to wait for them?
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    ExecutorService kitchen = Executors.newFixedThreadPool(2);
    kitchen.execute(first);
    kitchen.execute(second);
    kitchen.shutdown();
}
