// about: locks twice (once outside try, once inside), unlocks once
// answer: l07-with-lock
// score: 0
// expect: withLock left the lock
static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
        lock.lock();
        return action.get();
    } finally {
        lock.unlock();
    }
}
