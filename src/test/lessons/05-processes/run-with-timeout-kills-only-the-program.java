// about: kills the program and waits, but the helper it started lives on as an orphan
// answer: l05-run-with-timeout
// score: 3
// expect: killing a process does not kill the processes it started
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor();
        throw new TimeoutException("took longer than " + limit);
    }
    return process.exitValue();
}
