// about: Thread.sleep(limit), then looks: a program that ends at once still costs the whole limit
// answer: l05-run-with-timeout
// score: 4
// expect: went on sleeping
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    Thread.sleep(limit);
    if (process.isAlive()) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new TimeoutException("took longer than " + limit);
    }
    return process.exitValue();
}
