// about: locks from, then spins on to.tryLock() until it gets it, never letting from go: two opposite transfers each hold one and spin for ever
// answer: l08-transfer
// score: 1
// expect: kept calling tryLock() again and again
// expect: a deadlock that spins instead of waiting
static void transfer(Account from, Account to, long amount) {
    from.lock.lock();
    try {
        while (!to.lock.tryLock()) {
            Thread.onSpinWait();
        }
        try {
            from.withdraw(amount);
            to.deposit(amount);
        } finally {
            to.lock.unlock();
        }
    } finally {
        from.lock.unlock();
    }
}
