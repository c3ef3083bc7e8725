// about: starts the program, kills it at once and throws a TimeoutException: it never waited for the limit
// answer: l05-run-with-timeout
// score: 0
// expect: before the limit of 2 s had passed
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
    throw new TimeoutException("gave up on " + command.getLast());
}
