// about: takes only the lock of the account the money leaves
// answer: l08-transfer
// score: 0
// expect: account B changed without holding its lock
static void transfer(Account from, Account to, long amount) {
    from.lock.lock();
    try {
        from.withdraw(amount);
        to.deposit(amount);
    } finally {
        from.lock.unlock();
    }
}
