// about: starts and joins in one lazy stream: each thread starts only when forEach asks for it
// answer: l01-run-all
// score: 2
// expect: a stream is lazy
static void runAll(List<Runnable> tasks) throws InterruptedException {
    tasks.stream()
            .map(task -> Thread.ofPlatform().start(task))
            .forEach(t -> {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
}
