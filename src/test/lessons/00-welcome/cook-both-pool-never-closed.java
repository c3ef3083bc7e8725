// about: a pool of two whose futures it waits for, but that it never closes
// answer: l00-cook-both
// score: 1
// expect: an executor that is never closed keeps its threads alive
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    ExecutorService kitchen = Executors.newFixedThreadPool(2);
    Future<?> one = kitchen.submit(first);
    Future<?> two = kitchen.submit(second);
    try {
        one.get();
        two.get();
    } catch (ExecutionException e) {
        throw new RuntimeException(e.getCause());
    }
}
