// about: waitFor(limit.toMillis(), TimeUnit.SECONDS): the unit mixed up, a limit of 2 s becomes 2,000 s
// answer: l05-run-with-timeout
// score: 1
// expect: Does each number agree with its unit?
static int runWithTimeout(List<String> command, Duration limit) throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    if (process.waitFor(limit.toMillis(), TimeUnit.SECONDS)) return process.exitValue();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
    throw new TimeoutException("still running after " + limit);
}
