// about: waitFor() with no limit: a program that never ends keeps it waiting for ever
// answer: l05-run-with-timeout
// score: 1
// expect: with no time limit
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    return process.waitFor();
}
