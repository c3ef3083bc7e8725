// about: tryLock() on from and on to in a loop, letting go of from when to is taken, but retrying at once without a pause: two opposite transfers give way in step for ever (the probe pauses a millisecond after each lock taken)
// answer: l08-transfer
// score: 1
// expect: a livelock
// expect: wait a short random while before trying again
static void transfer(Account from, Account to, long amount) {
    while (true) {
        if (from.lock.tryLock()) {
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
        }
    }
}
