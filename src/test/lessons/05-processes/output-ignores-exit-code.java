// about: reads both pipes at once but never looks at the exit code: a failure looks like success
// answer: l05-output
// score: 3
// expect: as if all was well
static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
        readers.submit(() -> process.getErrorStream().readAllBytes());
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
