// about: orders the locks by hashCode() with no tie-breaker: accounts Ea and FB have the same one
// answer: l08-transfer
// score: 1
// expect: whose hashCode() is the same
// expect: transfer deadlocked
static void transfer(Account from, Account to, long amount) {
    Account first = from.hashCode() < to.hashCode() ? from : to;
    Account second = first == from ? to : from;
    first.lock.lock();
    try {
        second.lock.lock();
        try {
            from.withdraw(amount);
            to.deposit(amount);
        } finally {
            second.lock.unlock();
        }
    } finally {
        first.lock.unlock();
    }
}
