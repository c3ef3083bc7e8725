// about: nested synchronized blocks in argument order: the accounts' monitors, not their locks (and deadlock-prone)
// answer: l08-transfer
// score: 0
// expect: synchronized (account) takes the account's monitor, which is not its lock
static void transfer(Account from, Account to, long amount) {
    synchronized (from) {
        synchronized (to) {
            from.withdraw(amount);
            to.deposit(amount);
        }
    }
}
