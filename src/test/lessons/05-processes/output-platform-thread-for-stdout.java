// about: right, another way: stdout read on a platform thread of its own, stderr on the caller's, joined before waitFor()
// answer: l05-output
// score: 5
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader = Thread.ofPlatform().start(() -> {
        try {
            process.getInputStream().transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    String err = new String(process.getErrorStream().readAllBytes());
    reader.join();
    int code = process.waitFor();
    if (code != 0) throw new IOException("exit " + code + "\n" + err);
    return out.toString();
}
