// about: a parallel stream: the tasks run on the shared common pool and the caller's thread
// answer: l01-run-all
// score: 2
// expect: that is where a parallel stream runs them
static void runAll(List<Runnable> tasks) throws InterruptedException {
    tasks.parallelStream().forEach(Runnable::run);
}
