// about: kills the program first and asks for its descendants afterwards: by then its helper has a new parent and is not found
// answer: l05-run-with-timeout
// score: 3
// expect: before the process itself
static int runWithTimeout(List<String> command, Duration limit) throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) return process.exitValue();
    process.destroyForcibly();
    process.waitFor();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    throw new TimeoutException("still running after " + limit);
}
