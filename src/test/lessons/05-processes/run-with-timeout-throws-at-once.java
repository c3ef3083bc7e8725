// about: throws a TimeoutException at once, without starting the program: nothing ran, so nothing was stopped
// answer: l05-run-with-timeout
// score: 0
// expect: without ever starting the program
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    throw new TimeoutException("gave up on " + command.getLast());
}
