// about: reads the output to its end before the timed wait: reading waits for the program's end, with no limit
// answer: l05-run-with-timeout
// score: 1
// expect: Reading its output to the end waits until the program ends too
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    System.out.print(new String(process.getInputStream().readAllBytes()));
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new TimeoutException("took longer than " + limit);
    }
    return process.exitValue();
}
