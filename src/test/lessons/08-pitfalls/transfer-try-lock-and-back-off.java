// about: tryLock on both, and when the second is taken, lets go and retries after a random pause
// answer: l08-transfer
// score: 4
static void transfer(Account from, Account to, long amount) throws InterruptedException {
    while (true) {
        from.lock.lock();
        try {
            if (to.lock.tryLock()) {
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
        Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(3_000_000)));
    }
}
