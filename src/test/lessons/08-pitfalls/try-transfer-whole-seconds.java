// about: tryLock(timeout.toSeconds(), SECONDS): a timeout under a second becomes 0, so it never waits for a lock that comes free a moment later
// answer: l08-try-transfer
// score: 4
// visible: 5
// expect: 500 ms is 0
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(timeout.toSeconds(), TimeUnit.SECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(timeout.toSeconds(), TimeUnit.SECONDS)) {
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
