// about: a semaphore with one permit as the bank's lock, released in finally
// answer: l07-transfer
// score: 4
final Semaphore bank = new Semaphore(1);

static void transfer(Account from, Account to, long amount) throws InterruptedException {
    bank.acquire();
    try {
        from.withdraw(amount);
        to.deposit(amount);
    } finally {
        bank.release();
    }
}
