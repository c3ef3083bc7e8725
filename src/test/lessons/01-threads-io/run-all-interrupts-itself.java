// about: cheat: runs every task on the caller, then sets its own interrupt flag, hoping the check stops before judging
// answer: l01-run-all
// score: 2
// expect: every task ran on the thread that called runAll
static void runAll(List<Runnable> tasks) throws InterruptedException {
    for (Runnable task : tasks) {
        task.run();
    }
    Thread.currentThread().interrupt();
}
