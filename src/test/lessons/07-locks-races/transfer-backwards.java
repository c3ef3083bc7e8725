// about: moves the money the wrong way (deposit into from, withdraw from to), under a proper lock
// answer: l07-transfer
// score: 0
// expect: after transfer(A, B, 30), with 100 in each, A should hold 70 and B 130
// expect: Even one transfer at a time
final Object bank = new Object();

static void transfer(Account from, Account to, long amount) {
    synchronized (bank) {
        to.withdraw(amount);
        from.deposit(amount);
    }
}
