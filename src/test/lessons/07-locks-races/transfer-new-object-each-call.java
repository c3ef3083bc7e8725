// about: synchronizes on a new object in every call, which nobody else ever waits for
// answer: l07-transfer
// score: 1
// expect: synchronized (new Object())
static void transfer(Account from, Account to, long amount) {
    synchronized (new Object()) {
        from.withdraw(amount);
        to.deposit(amount);
    }
}
