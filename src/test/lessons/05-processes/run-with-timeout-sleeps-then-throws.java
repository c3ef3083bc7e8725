// about: a cheat tuned to the check's short limits: sleeps for the limit, then throws a TimeoutException, without starting the program: as slow as a real timeout, and still nothing stopped
// answer: l05-run-with-timeout
// score: 0
// expect: without ever starting the program
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    if (limit.compareTo(Duration.ofSeconds(5)) < 0) {
        Thread.sleep(limit);
    }
    throw new TimeoutException("took longer than " + limit);
}
