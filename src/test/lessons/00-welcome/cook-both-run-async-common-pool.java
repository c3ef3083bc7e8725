// about: runAsync without an executor: the common pool cooks, not threads cookBoth starts
// answer: l00-cook-both
// score: 1
// expect: that is where CompletableFuture.supplyAsync or runAsync runs them
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    CompletableFuture.allOf(CompletableFuture.runAsync(first), CompletableFuture.runAsync(second)).join();
}
