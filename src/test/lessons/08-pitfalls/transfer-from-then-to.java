// about: locks from, then to: two transfers in opposite directions each hold one lock and wait for the other
// answer: l08-transfer
// score: 1
// expect: transfer deadlocked: caller
// expect: holds A's lock and waits for B's lock
static void transfer(Account from, Account to, long amount) {
    from.lock.lock();
    try {
        to.lock.lock();
        try {
            from.withdraw(amount);
            to.deposit(amount);
        } finally {
            to.lock.unlock();
        }
    } finally {
        from.lock.unlock();
    }
}
