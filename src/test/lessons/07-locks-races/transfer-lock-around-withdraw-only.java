// about: the bank's lock held around withdraw only; deposit runs after it, unprotected
// answer: l07-transfer
// score: 1
// expect: held around withdraw only
final Object bank = new Object();

static void transfer(Account from, Account to, long amount) {
    synchronized (bank) {
        from.withdraw(amount);
    }
    to.deposit(amount);
}
