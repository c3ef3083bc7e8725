// about: sleeps for the timeout when a lock looks taken, then tryLock() once: a lock that comes free while it sleeps is still taken when it looks again
// answer: l08-try-transfer
// score: 4
// expect: tryLock() without a time does not wait at all
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (from.lock.isLocked() || to.lock.isLocked()) {
        Thread.sleep(timeout);
    }
    if (!from.lock.tryLock()) {
        return false;
    }
    try {
        if (!to.lock.tryLock()) {
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
