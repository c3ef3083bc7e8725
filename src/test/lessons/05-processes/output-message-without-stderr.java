// about: throws on failure, but the message says only that it failed: what the program said on stderr is lost
// answer: l05-output
// score: 3
// expect: whose message lacks what the program wrote on stderr
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    if (code != 0) {
        throw new IOException("the program failed with exit code " + code);
    }
    return out;
}
