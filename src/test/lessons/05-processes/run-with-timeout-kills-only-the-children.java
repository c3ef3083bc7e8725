// about: on a timeout stops the program's children(), not its descendants(): the helper's own helper runs on
// answer: l05-run-with-timeout
// score: 3
// expect: process.children() are only the processes the program started itself
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
    }
    process.children().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
    throw new TimeoutException(command.getLast() + " still running after " + limit);
}
