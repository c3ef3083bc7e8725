// about: synchronized (lock): the lock object's monitor, not the ReentrantLock itself
// answer: l07-with-lock
// score: 1
// expect: The action ran inside synchronized (lock)
static <T> T withLock(Lock lock, Supplier<T> action) {
    synchronized (lock) {
        return action.get();
    }
}
