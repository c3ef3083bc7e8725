// about: a ReentrantLock made inside transfer: every call has a lock of its own
// answer: l07-transfer
// score: 1
// expect: a new ReentrantLock() inside transfer
static void transfer(Account from, Account to, long amount) {
    ReentrantLock lock = new ReentrantLock();
    lock.lock();
    try {
        from.withdraw(amount);
        to.deposit(amount);
    } finally {
        lock.unlock();
    }
}
