// about: lock() (no time limit) for the first account, tryLock with the timeout only for the second
// answer: l08-try-transfer
// score: 2
// expect: with lock(), which waits with no time limit
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    from.lock.lock();
    try {
        if (!to.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) return false;
        try { from.withdraw(amount); to.deposit(amount); return true; } finally { to.lock.unlock(); }
    } finally {
        from.lock.unlock();
    }
}
