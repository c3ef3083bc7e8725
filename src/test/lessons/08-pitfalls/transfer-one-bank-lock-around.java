// about: one bank-wide lock around both account locks: no two transfers ever meet, so no deadlock (and no parallelism)
// answer: l08-transfer
// score: 4
final ReentrantLock bank = new ReentrantLock();

static void transfer(Account from, Account to, long amount) {
    bank.lock();
    try {
        from.lock.lock();
        to.lock.lock();
        try {
            from.withdraw(amount);
            to.deposit(amount);
        } finally {
            to.lock.unlock();
            from.lock.unlock();
        }
    } finally {
        bank.unlock();
    }
}
