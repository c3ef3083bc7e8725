// about: looks with isLocked() and then waits in lock(): another thread can take the lock between the look and the lock()
// answer: l08-try-transfer
// score: 3
// expect: between the look and the lock()
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    if (from.lock.isLocked() || to.lock.isLocked()) {
        return false;
    }
    from.lock.lock();
    try {
        to.lock.lock();
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
