// about: a single-thread executor: one cook for both dishes
// answer: l00-cook-both
// score: 1
// expect: a pool of 1
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    try (ExecutorService cook = Executors.newSingleThreadExecutor()) {
        cook.submit(first);
        cook.submit(second);
    }
}
