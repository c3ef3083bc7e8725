// about: right, unusually: tryLock(10 ms) on from, then on to, in argument order; when the second times out it lets go and tries again: a timed wait hands the lock over when the other side gives up, so they never wait on each other for good
// answer: l08-transfer
// score: 4
static void transfer(Account from, Account to, long amount) {
    try {
        while (true) {
            if (from.lock.tryLock(10, TimeUnit.MILLISECONDS)) {
                try {
                    if (to.lock.tryLock(10, TimeUnit.MILLISECONDS)) {
                        try {
                            from.withdraw(amount);
                            to.deposit(amount);
                            return;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                } finally {
                    from.lock.unlock();
                }
            }
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}
