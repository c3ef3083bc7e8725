// about: the failure's message keeps only the first 200 characters of stderr: the program's last words (its error) are cut off
// answer: l05-output
// score: 3
// expect: lacks what the program wrote on stderr
static String output(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).start();
    try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
        Future<String> errors = readers.submit(() -> new String(process.getErrorStream().readAllBytes()));
        String out = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        String err = errors.get();
        if (code != 0) throw new IOException("exit code " + code + ": " + err.substring(0, Math.min(200, err.length())));
        return out;
    }
}
