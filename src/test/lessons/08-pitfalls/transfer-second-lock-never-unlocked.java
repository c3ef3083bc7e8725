// about: orders the locks by id but unlocks only the first one
// answer: l08-transfer
// score: 0
// expect: transfer left B's lock (by the thread that called transfer) locked
static void transfer(Account from, Account to, long amount) {
    Account first = from.id.compareTo(to.id) < 0 ? from : to;
    Account second = first == from ? to : from;
    first.lock.lock();
    try {
        second.lock.lock();
        from.withdraw(amount);
        to.deposit(amount);
    } finally {
        first.lock.unlock();
    }
}
