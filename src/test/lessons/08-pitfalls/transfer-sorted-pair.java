// about: sorts the two accounts by id with a Comparator, then locks them in that order
// answer: l08-transfer
// score: 4
static void transfer(Account from, Account to, long amount) {
    List<Account> inOrder = Stream.of(from, to).sorted(Comparator.comparing(account -> account.id)).toList();
    inOrder.get(0).lock.lock();
    try {
        inOrder.get(1).lock.lock();
        try {
            from.withdraw(amount);
            to.deposit(amount);
        } finally {
            inOrder.get(1).lock.unlock();
        }
    } finally {
        inOrder.get(0).lock.unlock();
    }
}
