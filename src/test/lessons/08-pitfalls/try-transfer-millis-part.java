// about: tryLock(timeout.toMillisPart(), MILLISECONDS): the milliseconds part of 10 s is 0, so it does not wait
// answer: l08-try-transfer
// score: 4
// expect: The milliseconds part (timeout.toMillisPart()) of 10 s is 0
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (!from.lock.tryLock(timeout.toMillisPart(), TimeUnit.MILLISECONDS)) {
        return false;
    }
    try {
        if (!to.lock.tryLock(timeout.toMillisPart(), TimeUnit.MILLISECONDS)) {
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
