// about: a platform thread per task, each keeping its failure in its own slot of an array
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    Throwable[] slots = new Throwable[tasks.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
        int slot = i;
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                tasks.get(slot).call();
            } catch (Exception e) {
                slots[slot] = e;
            }
        }));
    }
    for (Thread t : threads) {
        t.join();
    }
    return Arrays.stream(slots).filter(Objects::nonNull).toList();
}
