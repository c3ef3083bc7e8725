// about: a pool with a thread per command (newFixedThreadPool(commands.size())): every program at once, not atOnce
// answer: l05-run-all
// score: 2
// expect: programs ran at the same time, but at most 2 may
// expect: a pool of more than 2 threads, is none
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(commands.size())) {
        List<Future<String>> outputs = new ArrayList<>();
        for (List<String> command : commands) {
            outputs.add(pool.submit(() -> {
                Process process = new ProcessBuilder(command).start();
                String out = new String(process.getInputStream().readAllBytes());
                process.waitFor();
                return out;
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> output : outputs) {
            results.add(output.get());
        }
        return results;
    }
}
