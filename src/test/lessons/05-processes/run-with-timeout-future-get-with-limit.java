// about: right, another way: waitFor() in a task of an executor, future.get(limit); on a timeout the tree is forced and the executor closed
// answer: l05-run-with-timeout
// score: 5
static int runWithTimeout(List<String> command, Duration limit) throws Exception {
    Process process = new ProcessBuilder(command).start();
    try (ExecutorService waiter = Executors.newSingleThreadExecutor()) {
        Future<Integer> code = waiter.submit(() -> process.waitFor());
        try {
            return code.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            throw e;
        }
    }
}
