// about: right, another way: a flag for each lock it got; an interrupt ends the wait, is kept (the flag restored), and the answer is false
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) {
    boolean gotFrom = false, gotTo = false;
    try {
        gotFrom = from.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        gotTo = gotFrom && to.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (gotTo) {
            from.withdraw(amount);
            to.deposit(amount);
        }
        return gotTo;
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
    } finally {
        if (gotTo) to.lock.unlock();
        if (gotFrom) from.lock.unlock();
    }
}
