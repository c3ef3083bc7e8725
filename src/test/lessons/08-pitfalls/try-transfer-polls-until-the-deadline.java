// about: right, unusually: tryLock() without a time in a loop, a millisecond's sleep between tries, until a deadline made from the timeout
// answer: l08-try-transfer
// score: 5
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
        if (from.lock.tryLock()) {
            try {
                if (to.lock.tryLock()) {
                    try {
                        from.withdraw(amount);
                        to.deposit(amount);
                        return true;
                    } finally {
                        to.lock.unlock();
                    }
                }
            } finally {
                from.lock.unlock();
            }
        }
        if (System.nanoTime() >= deadline) {
            return false;
        }
        Thread.sleep(1);
    }
}
