// about: right: two virtual threads, joined
// answer: l00-cook-both
// score: 2
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    List<Thread> cooks = List.of(Thread.startVirtualThread(first), Thread.startVirtualThread(second));
    for (Thread cook : cooks) {
        cook.join();
    }
}
