// about: puts null where a task failed and returns the list
// answer: l01-run-tasks
// score: 3
// expect: returned [1, null, 3] as if all was well
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                results.add(null);
            }
        }
        return results;
    }
}
