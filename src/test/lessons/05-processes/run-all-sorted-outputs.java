// about: right in every way but one: sorts the outputs before returning them, which is output order, not command order
// answer: l05-run-all
// score: 3
// expect: the outputs sorted, not in the order of the commands
// expect: don't sort the outputs
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
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
        Collections.sort(results);
        return results;
    }
}
