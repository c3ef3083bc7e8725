// about: returns false when the second lock is taken, but never unlocks the first one
// answer: l08-try-transfer
// score: 2
// expect: tryTransfer left A's lock
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return false;
    }
    if (!to.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return false;
    }
    try {
        from.withdraw(amount);
        to.deposit(amount);
        return true;
    } finally {
        to.lock.unlock();
        from.lock.unlock();
    }
}
