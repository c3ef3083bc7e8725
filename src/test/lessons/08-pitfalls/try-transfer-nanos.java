// about: right, another way: tryLock(timeout.toNanos(), NANOSECONDS), the locks taken in id order
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    Account first = from.id.compareTo(to.id) < 0 ? from : to;
    Account second = first == from ? to : from;
    if (!first.lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return false;
    }
    try {
        if (!second.lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            from.withdraw(amount);
            to.deposit(amount);
            return true;
        } finally {
            second.lock.unlock();
        }
    } finally {
        first.lock.unlock();
    }
}
