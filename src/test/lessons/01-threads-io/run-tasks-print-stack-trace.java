// about: prints the failure with printStackTrace() and returns the results that did arrive
// answer: l01-run-tasks
// score: 3
// expect: (printStackTrace()) and then returned [1, 3]
// expect: printing a failure does not handle it
// stderr: allowed
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                e.printStackTrace();
            }
        }
        return results;
    }
}
