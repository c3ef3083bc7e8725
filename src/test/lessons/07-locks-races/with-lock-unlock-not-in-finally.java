// about: unlocks after the action, but not in finally: an action that throws leaves the lock locked
// answer: l07-with-lock
// score: 2
// expect: withLock left the lock locked
static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    T result = action.get();
    lock.unlock();
    return result;
}
