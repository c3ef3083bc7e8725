// about: right, another way: supplyAsync on a fixed pool of atOnce threads, then join() each in command order
// answer: l05-run-all
// score: 5
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
        List<CompletableFuture<String>> outputs = commands.stream().map(command -> CompletableFuture.supplyAsync(() -> {
            try {
                Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(process.getInputStream().readAllBytes());
                process.waitFor();
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }, pool)).toList();
        return outputs.stream().map(CompletableFuture::join).toList();
    }
}
