// about: right, another way: onExit() as a future with a timeout, the tree through its ProcessHandle
// answer: l05-run-with-timeout
// score: 5
static int runWithTimeout(List<String> command, Duration limit) throws Exception {
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
        return process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS).exitValue();
    } catch (TimeoutException e) {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        handle.onExit().get(30, TimeUnit.SECONDS);
        throw e;
    }
}
