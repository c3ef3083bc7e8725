// about: right, another way: a virtual thread per command, a Semaphore of atOnce permits, an array slot each
// answer: l05-run-all
// score: 5
static List<String> runAll(List<List<String>> commands, int atOnce) throws Exception {
    Semaphore permits = new Semaphore(atOnce);
    String[] outputs = new String[commands.size()];
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < commands.size(); i++) {
            int slot = i;
            executor.submit(() -> {
                permits.acquire();
                try {
                    Process process = new ProcessBuilder(commands.get(slot)).start();
                    outputs[slot] = new String(process.getInputStream().readAllBytes());
                    process.waitFor();
                } finally {
                    permits.release();
                }
                return null;
            });
        }
    }
    return List.of(outputs);
}
