// about: one ReentrantLock for the bank, unlocked in finally
// answer: l07-transfer
// score: 4
final ReentrantLock bank = new ReentrantLock();

static void transfer(Account from, Account to, long amount) {
    bank.lock();
    try {
        from.withdraw(amount);
        to.deposit(amount);
    } finally {
        bank.unlock();
    }
}
