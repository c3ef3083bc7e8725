// about: locks both accounts, always in name order (lesson 08's way): per-account locks without a deadlock
// answer: l07-transfer
// score: 4
static void transfer(Account from, Account to, long amount) {
    Account first = from.name.compareTo(to.name) < 0 ? from : to;
    Account second = first == from ? to : from;
    synchronized (first) {
        synchronized (second) {
            from.withdraw(amount);
            to.deposit(amount);
        }
    }
}
