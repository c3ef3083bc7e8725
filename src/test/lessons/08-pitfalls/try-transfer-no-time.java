// about: tryLock() without a time: it gives up at once, even when the lock comes free a moment later
// answer: l08-try-transfer
// score: 4
// expect: tryLock() without a time does not wait at all
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) {
    if (!from.lock.tryLock()) {
        return false;
    }
    try {
        if (!to.lock.tryLock()) {
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
