// about: synchronized on both accounts, in the order they are passed: balances right, but deadlock-prone
// answer: l07-transfer
// score: 1
// expect: transfer deadlocked: caller
// expect: holds account 
// expect: This exercise needs only one lock: take one lock that every transfer shares
static void transfer(Account from, Account to, long amount) {
    synchronized (from) {
        synchronized (to) {
            from.withdraw(amount);
            to.deposit(amount);
        }
    }
}
