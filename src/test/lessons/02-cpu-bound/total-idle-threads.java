// about: cheat: starts threads that only sleep, so that threads seem to be working, and computes the total on the caller
// answer: l02-parallel-total
// score: 2
// expect: no thread of its own did any of it
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    List<Thread> decoys = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        decoys.add(Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
    long total = 0;
    for (int i = 0; i < n; i++) {
        total += value.applyAsLong(i);
    }
    for (Thread decoy : decoys) {
        decoy.join();
    }
    return total;
}
