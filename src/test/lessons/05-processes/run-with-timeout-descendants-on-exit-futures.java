// about: right, another way: the descendants stopped politely (destroy()), their onExit() futures joined, then the program stopped and waited for
// answer: l05-run-with-timeout
// score: 5
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS)) {
        return process.exitValue();
    }
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    for (ProcessHandle h : tree) {
        h.onExit().join();
    }
    process.onExit().join();
    throw new TimeoutException("timed out after " + limit);
}
