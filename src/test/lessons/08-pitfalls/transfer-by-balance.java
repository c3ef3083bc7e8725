// about: orders the locks by balance (the poorer account first): the balances change, and two equal ones give no order
// answer: l08-transfer
// score: 1
// expect: transfer deadlocked
static void transfer(Account from, Account to, long amount) {
    Account first = from.balance() <= to.balance() ? from : to;
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
