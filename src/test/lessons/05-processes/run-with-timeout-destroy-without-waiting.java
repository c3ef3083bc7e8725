// about: destroy() and throw at once: the program is still stopping, and its helper is never stopped
// answer: l05-run-with-timeout
// score: 1
// expect: destroy() only asks a program to stop
// expect: kill its descendants too
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
    }
    process.destroy();
    throw new TimeoutException("took longer than " + limit);
}
