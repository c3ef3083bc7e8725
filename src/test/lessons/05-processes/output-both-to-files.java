// about: right, another way: stdout and stderr each redirected to a temporary file, read once waitFor() returns
// answer: l05-output
// score: 5
static String output(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    try {
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        if (code != 0) throw new IOException("the program failed with exit code " + code + ": " + Files.readString(err));
        return Files.readString(out);
    } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
    }
}
