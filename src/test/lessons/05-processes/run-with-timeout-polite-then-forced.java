// about: right, the careful way: ask the whole tree politely, give it a few seconds, then force what is left
// answer: l05-run-with-timeout
// score: 5
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
    }
    List<ProcessHandle> helpers = process.descendants().toList();
    helpers.forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
    }
    helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    throw new TimeoutException(String.join(" ", command) + " ran longer than " + limit);
}
