// about: right, another way: half the timeout for each lock, so that the whole call stays within it
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    long half = timeout.toNanos() / 2;
    if (!from.lock.tryLock(half, TimeUnit.NANOSECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(half, TimeUnit.NANOSECONDS)) {
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
