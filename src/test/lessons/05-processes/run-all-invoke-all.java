// about: right, another way: Callables for invokeAll on a fixed pool, which keeps the futures in order
// answer: l05-run-all
// score: 5
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    List<Callable<String>> jobs = new ArrayList<>();
    for (List<String> command : commands) {
        jobs.add(() -> {
            Process process = new ProcessBuilder(command).start();
            try (var lines = process.inputReader()) {
                String out = lines.lines().map(line -> line + "\n").collect(Collectors.joining());
                process.waitFor();
                return out;
            }
        });
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
        List<String> results = new ArrayList<>();
        for (Future<String> done : pool.invokeAll(jobs)) {
            results.add(done.get());
        }
        return results;
    }
}
