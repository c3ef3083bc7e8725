// about: orders by System.identityHashCode, with a tie-breaking lock for equal ones (as in Java Concurrency in Practice)
// answer: l08-transfer
// score: 4
final ReentrantLock tie = new ReentrantLock();

static void moveHolding(Account first, Account second, Account from, Account to, long amount) {
    first.lock.lock();
    try {
        second.lock.lock();
        try {
            from.withdraw(amount);
            to.deposit(amount);
        } finally {
            second.lock.unlock();
        }
    } finally {
        first.lock.unlock();
    }
}

static void transfer(Account from, Account to, long amount) {
    int f = System.identityHashCode(from);
    int t = System.identityHashCode(to);
    if (f < t) {
        moveHolding(from, to, from, to, amount);
    } else if (f > t) {
        moveHolding(to, from, from, to, amount);
    } else {
        tie.lock();
        try {
            moveHolding(from, to, from, to, amount);
        } finally {
            tie.unlock();
        }
    }
}
