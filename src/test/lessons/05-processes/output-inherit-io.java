// about: inheritIO(): the program's output goes to the notebook, not to the answer
// answer: l05-output
// score: 0
// expect: the output never reached output
// stderr: allowed
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    String out = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    if (code != 0) {
        throw new IOException("the program exited with code " + code);
    }
    return out;
}
