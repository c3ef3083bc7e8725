// about: withdraws and deposits with no lock at all
// answer: l07-transfer
// score: 1
// expect: Nothing kept two transfers apart
static void transfer(Account from, Account to, long amount) {
    from.withdraw(amount);
    to.deposit(amount);
}
