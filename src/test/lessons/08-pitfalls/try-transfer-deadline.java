// about: one deadline for both locks: the second gets what is left of the timeout
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!from.lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
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
