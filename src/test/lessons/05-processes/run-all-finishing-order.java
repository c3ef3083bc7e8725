// about: a pool of atOnce threads, but each output is added to a list as its program finishes
// answer: l05-run-all
// score: 3
// expect: last command first, not the order of the commands
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    List<String> outputs = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
        for (List<String> command : commands) {
            pool.submit(() -> {
                Process process = new ProcessBuilder(command).start();
                outputs.add(new String(process.getInputStream().readAllBytes()));
                process.waitFor();
                return null;
            });
        }
    }
    return outputs;
}
