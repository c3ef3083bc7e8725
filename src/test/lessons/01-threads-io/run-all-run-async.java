// about: CompletableFuture.runAsync without an executor: the common pool
// answer: l01-run-all
// score: 2
// expect: CompletableFuture.supplyAsync or runAsync
static void runAll(List<Runnable> tasks) throws InterruptedException {
    CompletableFuture.allOf(tasks.stream()
            .map(CompletableFuture::runAsync)
            .toArray(CompletableFuture[]::new)).join();
}
