// about: throws a new exception of its own, without the task's exception as its cause
// answer: l01-run-tasks
// score: 3
// expect: is not among its causes
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task failed");
            }
        }
        return results;
    }
}
