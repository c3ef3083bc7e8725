// about: a virtual thread per command: every program at once, however many the limit allows
// answer: l05-run-all
// score: 2
// expect: programs ran at the same time, but at most 2 may
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> outputs = new ArrayList<>();
        for (List<String> command : commands) {
            outputs.add(executor.submit(() -> {
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
}
