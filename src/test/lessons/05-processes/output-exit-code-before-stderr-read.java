// about: reads stdout, then waitFor(), then stderr: a program that fills its stderr pipe never ends
// answer: l05-output
// score: 0
// expect: which filled the pipe
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    String err = new String(process.getErrorStream().readAllBytes());
    if (code != 0) throw new IOException("exit code " + code + ": " + err);
    return out;
}
