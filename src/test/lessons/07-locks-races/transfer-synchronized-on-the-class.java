// about: synchronized (Account.class): one object that every transfer shares
// answer: l07-transfer
// score: 4
static void transfer(Account from, Account to, long amount) {
    synchronized (Account.class) {
        from.withdraw(amount);
        to.deposit(amount);
    }
}
