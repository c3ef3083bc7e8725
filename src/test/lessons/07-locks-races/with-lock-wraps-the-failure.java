// about: wraps the action's exception in a RuntimeException of its own
// answer: l07-with-lock
// score: 2
// expect: let the action's own exception pass through unchanged
static <T> T withLock(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
        return action.get();
    } catch (RuntimeException e) {
        throw new RuntimeException("withLock failed", e);
    } finally {
        lock.unlock();
    }
}
