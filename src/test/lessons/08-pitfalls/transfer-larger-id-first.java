// about: right, another way: the account with the larger id first (any one fixed order will do)
// answer: l08-transfer
// score: 4
static void transfer(Account from, Account to, long amount) {
    Account first = from.id.compareTo(to.id) > 0 ? from : to;
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
