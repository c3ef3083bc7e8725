// about: right: newThreadPerTaskExecutor with platform threads, invokeAll, failures propagate
// answer: l01-run-tasks
// score: 5
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }
}
