// about: waits a second of its own choosing for each lock, whatever timeout it is given
// answer: l08-try-transfer
// score: 2
// expect: pass on the timeout it was given
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(1, TimeUnit.SECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(1, TimeUnit.SECONDS)) {
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
