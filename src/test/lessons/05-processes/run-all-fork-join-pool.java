// about: a ForkJoinPool of its default parallelism (the processors), not atOnce: every program at once at 8 processors, fewer than atOnce at 1 (the visible check, atOnce 2, passes there)
// answer: l05-run-all
// score: 2
// visible: 5 or 2
// expect: programs ran at the same time
// expect: Executors.newFixedThreadPool(
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    try (ForkJoinPool pool = new ForkJoinPool()) {
        List<ForkJoinTask<String>> outputs = new ArrayList<>();
        for (List<String> command : commands) {
            outputs.add(pool.submit(() -> {
                Process process = new ProcessBuilder(command).start();
                String out = new String(process.getInputStream().readAllBytes());
                process.waitFor();
                return out;
            }));
        }
        List<String> results = new ArrayList<>();
        for (ForkJoinTask<String> output : outputs) {
            results.add(output.get());
        }
        return results;
    }
}
