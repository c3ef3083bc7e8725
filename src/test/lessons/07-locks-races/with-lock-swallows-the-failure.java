// about: catches what the action throws and returns null: the lock is given back, the failure is lost
// answer: l07-with-lock
// score: 2
// expect: the failure was swallowed
static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
        return action.get();
    } catch (RuntimeException e) {
        return null;
    } finally {
        lock.unlock();
    }
}
