// about: tryLock(timeout.toMillis(), TimeUnit.NANOSECONDS): the unit mixed up, 10 s becomes 10 µs, too short for a lock that comes free a moment later
// answer: l08-try-transfer
// score: 4
// expect: asked tryLock to wait only 10 µs
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(timeout.toMillis(), TimeUnit.NANOSECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(timeout.toMillis(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            from.withdraw(amount);
            to.deposit(amount);
            return true;
        } finally {
            to.lock.unlock();
        }
    } finally {
        from.lock.unlock();
    }
}
