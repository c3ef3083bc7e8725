// about: right results from a pool of atOnce threads, but the pool is never closed: its threads live on
// answer: l05-run-all
// score: 2
// expect: an executor that is never closed keeps its threads alive
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(atOnce);
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
    for (Future<String> f : outputs) {
        results.add(f.get());
    }
    return results;
}
