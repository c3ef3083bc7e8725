// about: invokeAll on a cached pool that is never closed: its threads stay alive
// answer: l01-run-all
// score: 2
// expect: an executor that is never closed keeps its threads alive
static void runAll(List<Runnable> tasks) throws InterruptedException {
    ExecutorService executor = Executors.newCachedThreadPool();
    executor.invokeAll(tasks.stream().map(Executors::callable).toList());
}
