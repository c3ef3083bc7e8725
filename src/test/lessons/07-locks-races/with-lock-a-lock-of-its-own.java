// about: locks a ReentrantLock of its own instead of the one it is given
// answer: l07-with-lock
// score: 0
// expect: The action ran without holding the lock
static <T> T withLock(Lock lock, Supplier<T> action) {
    ReentrantLock own = new ReentrantLock();
    own.lock();
    try {
        return action.get();
    } finally {
        own.unlock();
    }
}
