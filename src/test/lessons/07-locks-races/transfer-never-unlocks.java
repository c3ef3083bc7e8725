// about: locks the bank's ReentrantLock and never unlocks it: the first caller keeps it, the others wait for ever
// answer: l07-transfer
// score: 1
// expect: did not come back
// expect: put it in finally
final ReentrantLock bank = new ReentrantLock();

static void transfer(Account from, Account to, long amount) {
    bank.lock();
    from.withdraw(amount);
    to.deposit(amount);
}
