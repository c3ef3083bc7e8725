// about: right, another way: stderr goes to a temporary file, read once the program has ended
// answer: l05-output
// score: 5
static String output(List<String> command) throws IOException, InterruptedException {
    Path errors = Files.createTempFile("errors", ".txt");
    try {
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        if (code != 0) {
            throw new IOException("exit code " + code + "; stderr:\n" + Files.readString(errors));
        }
        return out;
    } finally {
        Files.deleteIfExists(errors);
    }
}
