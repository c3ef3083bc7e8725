// about: redirectErrorStream(true): one pipe, so the warnings end up inside the output
// answer: l05-output
// score: 2
// expect: with what it wrote on stderr mixed in
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    if (code != 0) {
        throw new IOException("exit code " + code + ": " + out);
    }
    return out;
}
