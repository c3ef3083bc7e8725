// about: right, another way: polls isAlive() every 10 ms until the deadline, then forces the tree and waits on onExit()
// answer: l05-run-with-timeout
// score: 5
static int runWithTimeout(List<String> command, Duration limit) throws Exception {
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + limit.toNanos();
    while (process.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
    if (!process.isAlive()) return process.exitValue();
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.onExit().join();
    for (ProcessHandle p : tree) p.onExit().join();
    throw new TimeoutException("still running after " + limit);
}
