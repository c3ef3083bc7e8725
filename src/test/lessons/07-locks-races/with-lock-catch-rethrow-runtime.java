// about: catches RuntimeException, unlocks, rethrows the same one; unlock also after success
// answer: l07-with-lock
// score: 4
static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    T result;
    try {
        result = action.get();
    } catch (RuntimeException | Error e) {
        lock.unlock();
        throw e;
    }
    lock.unlock();
    return result;
}
