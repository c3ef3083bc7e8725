// about: runs the action and returns its result, never touching the lock
// answer: l07-with-lock
// score: 0
// expect: The action ran without holding the lock
// expect: the lock did not keep them apart
static <T> T withLock(Lock lock, Supplier<T> action) {
    return action.get();
}
