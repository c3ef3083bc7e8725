// about: right: wraps the failure in an exception of its own, with the ExecutionException as its cause
// answer: l01-run-tasks
// score: 5
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task failed", e);
            }
        }
        return results;
    }
}
