// about: lock() on both accounts: it never gives up, so it waits for ever for a lock another thread keeps
// answer: l08-try-transfer
// score: 2
// expect: with lock(), which waits with no time limit
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
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
