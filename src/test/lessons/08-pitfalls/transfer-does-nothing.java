// about: returns without moving anything: it cannot deadlock, and it does not transfer either
// answer: l08-transfer
// score: 0
// expect: A should hold 70 and B 130
// expect: should leave A with 980 and B with 1,020
static void transfer(Account from, Account to, long amount) {
}
