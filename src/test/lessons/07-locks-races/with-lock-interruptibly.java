// about: lockInterruptibly(), turning an interrupt into an exception, unlock in finally
// answer: l07-with-lock
// score: 4
static <T> T withLock(Lock lock, Supplier<T> action) {
    try {
        lock.lockInterruptibly();
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the lock", e);
    }
    try {
        return action.get();
    } finally {
        lock.unlock();
    }
}
