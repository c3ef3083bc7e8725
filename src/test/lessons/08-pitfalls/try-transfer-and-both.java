// about: right, another way: both tryLocks in one condition, and a finally that unlocks each lock this thread holds (isHeldByCurrentThread())
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    try {
        if (from.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)
                && to.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            from.withdraw(amount);
            to.deposit(amount);
            return true;
        }
        return false;
    } finally {
        if (to.lock.isHeldByCurrentThread()) to.lock.unlock();
        if (from.lock.isHeldByCurrentThread()) from.lock.unlock();
    }
}
