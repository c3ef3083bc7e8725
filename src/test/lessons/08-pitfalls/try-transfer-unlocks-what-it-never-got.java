// about: unlocks both locks in one finally, also the one its tryLock did not get
// answer: l08-try-transfer
// score: 2
// expect: which this thread does not hold
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
        to.lock.unlock();
        from.lock.unlock();
    }
}
