// about: a platform thread per task that catches its own failure into an array slot, joined in order
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    Throwable[] seen = new Throwable[tasks.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
        int k = i;
        threads.add(Thread.ofPlatform().start(() -> { try { tasks.get(k).call(); } catch (Throwable e) { seen[k] = e; } }));
    }
    for (Thread t : threads) t.join();
    List<Throwable> out = new ArrayList<>();
    for (Throwable e : seen) if (e != null) out.add(e);
    return out;
}
