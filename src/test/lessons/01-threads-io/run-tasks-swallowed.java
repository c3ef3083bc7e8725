// about: catches ExecutionException and carries on: the failure is swallowed
// answer: l01-run-tasks
// score: 3
// expect: the failure was swallowed
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                // skip the task that failed and carry on
            }
        }
        return results;
    }
}
