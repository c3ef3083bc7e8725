// about: returns false at once, without trying either lock: never hangs, never moves a cent
// answer: l08-try-transfer
// score: 0
// expect: still returned false: with both locks free it should move the money and return true
// expect: none of 80 tryTransfers moved any money
static boolean tryTransfer(Account from, Account to, long amount, Duration timeout) {
    return false;
}
