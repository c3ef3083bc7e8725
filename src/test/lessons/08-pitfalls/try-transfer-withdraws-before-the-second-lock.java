// about: takes the money out of from before it has to's lock, and does not put it back when it gives up
// answer: l08-try-transfer
// score: 2
// expect: move the money only once you hold both locks
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return false;
    }
    try {
        from.withdraw(amount);
        if (!to.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        try {
            to.deposit(amount);
            return true;
        } finally {
            to.lock.unlock();
        }
    } finally {
        from.lock.unlock();
    }
}
