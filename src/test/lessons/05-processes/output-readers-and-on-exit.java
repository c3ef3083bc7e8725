// about: right, another way: lines through readers, stderr in a CompletableFuture, the end through onExit()
// answer: l05-output
// score: 5
static String output(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).start();
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
        CompletableFuture<String> err = CompletableFuture.supplyAsync(
                () -> process.errorReader().lines().collect(Collectors.joining("\n")), pool);
        String out = process.inputReader().lines().collect(Collectors.joining("\n"));
        Process ended = process.onExit().get();
        if (ended.exitValue() != 0) {
            throw new IllegalStateException("failed (exit code " + ended.exitValue() + "):\n" + err.join());
        }
        return out;
    }
}
