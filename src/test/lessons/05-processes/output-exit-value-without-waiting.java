// about: exitValue() right after reading the output: the program has closed its pipes but not exited yet
// answer: l05-output
// score: 0
// expect: exitValue() does not wait
static String output(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).start();
    try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
        Future<byte[]> err = readers.submit(() -> process.getErrorStream().readAllBytes());
        String out = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IOException("exit code " + process.exitValue() + ": " + new String(err.get()));
        }
        return out;
    }
}
