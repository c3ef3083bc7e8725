// about: tryLock with the timeout, the accounts taken in id order, a flag for what it got
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    Account first = from.id.compareTo(to.id) < 0 ? from : to;
    Account second = first == from ? to : from;
    boolean gotFirst = false;
    boolean gotSecond = false;
    try {
        gotFirst = first.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        gotSecond = gotFirst && second.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (gotSecond) {
            from.withdraw(amount);
            to.deposit(amount);
        }
        return gotSecond;
    } finally {
        if (gotSecond) second.lock.unlock();
        if (gotFirst) first.lock.unlock();
    }
}
