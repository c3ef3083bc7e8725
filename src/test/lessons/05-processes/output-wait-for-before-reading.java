// about: waitFor() before reading the output: a megabyte fills the pipe and both sides wait for ever
// answer: l05-output
// score: 0
// expect: Read the program's output while it runs, before waitFor()
// expect: which filled the pipe
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    int code = process.waitFor();
    String out = new String(process.getInputStream().readAllBytes());
    if (code != 0) {
        throw new IOException("exit code " + code + ": " + new String(process.getErrorStream().readAllBytes()));
    }
    return out;
}
