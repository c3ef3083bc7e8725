// about: tryLock() and skips the action when the lock is busy
// answer: l07-with-lock
// score: 3
// expect: not a tryLock() that gives up
static <T> T withLock(Lock lock, Supplier<T> action) {
    if (!lock.tryLock()) {
        return null;
    }
    try {
        return action.get();
    } finally {
        lock.unlock();
    }
}
