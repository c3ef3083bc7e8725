// about: locks each account only while changing it: every balance stays right (money is in flight in between)
// answer: l07-transfer
// score: 4
static void transfer(Account from, Account to, long amount) {
    synchronized (from) {
        from.withdraw(amount);
    }
    synchronized (to) {
        to.deposit(amount);
    }
}
