// about: tryLock(timeout.toMillis(), TimeUnit.SECONDS): the unit mixed up, 100 ms becomes 100 s
// answer: l08-try-transfer
// score: 2
// expect: longer than the 100 ms it was told it may wait
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(timeout.toMillis(), TimeUnit.SECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(timeout.toMillis(), TimeUnit.SECONDS)) {
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
