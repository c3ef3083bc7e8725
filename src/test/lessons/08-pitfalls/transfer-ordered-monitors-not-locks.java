// about: ordered by id, but synchronized on the accounts instead of their locks
// answer: l08-transfer
// score: 0
// expect: which is not its lock
static void transfer(Account from, Account to, long amount) {
    Account first = from.id.compareTo(to.id) < 0 ? from : to;
    Account second = first == from ? to : from;
    synchronized (first) { synchronized (second) { from.withdraw(amount); to.deposit(amount); } }
}
