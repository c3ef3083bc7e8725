// about: right: unwraps the ExecutionException and rethrows the task's own exception
// answer: l01-run-tasks
// score: 5
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            }
        }
        return results;
    }
}
