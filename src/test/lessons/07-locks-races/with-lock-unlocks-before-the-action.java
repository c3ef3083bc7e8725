// about: locks and unlocks at once, then runs the action unprotected
// answer: l07-with-lock
// score: 0
// expect: The action ran without holding the lock
// expect: the lock did not keep them apart
static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    lock.unlock();
    return action.get();
}
