// about: right: a pool of two, shutdown() then awaitTermination()
// answer: l00-cook-both
// score: 2
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    ExecutorService kitchen = Executors.newFixedThreadPool(2);
    kitchen.execute(first);
    kitchen.execute(second);
    kitchen.shutdown();
    kitchen.awaitTermination(1, TimeUnit.MINUTES);
}
