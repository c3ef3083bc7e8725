// about: reads only the first line of stderr (on a thread), so a program that writes more on stderr fills its pipe and never ends
// answer: l05-output
// score: 0
// expect: which filled the pipe
static String output(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> firstError = CompletableFuture.supplyAsync(() -> {
        try {
            return process.errorReader().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    String out = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    if (code != 0) throw new IOException("exit code " + code + ": " + firstError.join());
    return out;
}
