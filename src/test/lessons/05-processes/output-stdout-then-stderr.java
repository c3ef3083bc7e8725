// about: reads stdout to its end, then stderr: a program that fills its stderr pipe never closes stdout
// answer: l05-output
// score: 0
// expect: Read stderr while you read stdout
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes());
    String err = new String(process.getErrorStream().readAllBytes());
    int code = process.waitFor();
    if (code != 0) {
        throw new IOException("exit code " + code + ": " + err);
    }
    return out;
}
