// about: an ExecutorCompletionService: the outputs in the order the programs finish
// answer: l05-run-all
// score: 3
// expect: not the order of the commands
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
        CompletionService<String> done = new ExecutorCompletionService<>(pool);
        for (List<String> command : commands) {
            done.submit(() -> {
                Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(process.getInputStream().readAllBytes());
                process.waitFor();
                return out;
            });
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) outputs.add(done.take().get());
        return outputs;
    }
}
