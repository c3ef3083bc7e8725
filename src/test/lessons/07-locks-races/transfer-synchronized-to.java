// about: locks only the account the money goes to, so transfers out of one account collide
// answer: l07-transfer
// score: 1
// expect: as synchronized (to) does
static void transfer(Account from, Account to, long amount) {
    synchronized (to) {
        from.withdraw(amount);
        to.deposit(amount);
    }
}
