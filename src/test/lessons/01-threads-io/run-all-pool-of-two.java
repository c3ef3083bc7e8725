// about: a fixed pool of two threads, closed properly: at most two tasks at once
// answer: l01-run-all
// score: 2
// expect: a pool of 2 runs 2 tasks at a time
static void runAll(List<Runnable> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
        for (Runnable task : tasks) {
            executor.submit(task);
        }
    }
}
