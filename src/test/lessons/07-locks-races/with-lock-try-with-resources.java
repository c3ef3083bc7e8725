// about: a try-with-resources wrapper whose close() unlocks
// answer: l07-with-lock
// score: 4
record Unlocker(Lock lock) implements AutoCloseable {
    public void close() {
        lock.unlock();
    }
}

static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    try (Unlocker unlocker = new Unlocker(lock)) {
        return action.get();
    }
}
