// about: waitFor(limit) but its answer ignored: exitValue() of a program still running throws
// answer: l05-run-with-timeout
// score: 1
// expect: exitValue() does not wait
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    return process.exitValue();
}
