// about: redirectError(INHERIT): no deadlock, but the program's stderr goes to the notebook, and the failure's message cannot hold it
// answer: l05-output
// score: 3
// expect: lacks what the program wrote on stderr
// stderr: allowed
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    if (code != 0) throw new IOException("exit code " + code);
    return out;
}
