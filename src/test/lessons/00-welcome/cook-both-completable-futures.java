// about: right: runAsync on an executor of its own, allOf(...).join(), the executor closed
// answer: l00-cook-both
// score: 2
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    try (ExecutorService kitchen = Executors.newFixedThreadPool(2)) {
        CompletableFuture.allOf(
                CompletableFuture.runAsync(first, kitchen),
                CompletableFuture.runAsync(second, kitchen)).join();
    }
}
