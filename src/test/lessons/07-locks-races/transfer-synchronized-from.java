// about: locks only the account the money leaves, so transfers into one account collide
// answer: l07-transfer
// score: 1
// expect: as synchronized (from) does
static void transfer(Account from, Account to, long amount) {
    synchronized (from) {
        from.withdraw(amount);
        to.deposit(amount);
    }
}
