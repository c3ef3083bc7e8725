// about: lock() as the first line inside try, unlock() in finally
// answer: l07-with-lock
// score: 4
static <T> T withLock(Lock lock, Supplier<T> action) {
    try {
        lock.lock();
        return action.get();
    } finally {
        lock.unlock();
    }
}
