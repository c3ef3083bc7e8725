// about: reads each program's output to its end, but never waits for the program itself to end
// answer: l05-run-all
// score: 2
// expect: call waitFor() before returning
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
        List<Future<String>> outputs = new ArrayList<>();
        for (List<String> command : commands) {
            outputs.add(pool.submit(() -> new String(new ProcessBuilder(command).start().getInputStream().readAllBytes())));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outputs) {
            results.add(f.get());
        }
        return results;
    }
}
