// about: invokeAll on a cached pool that is never closed
// answer: l01-run-tasks
// score: 4
// expect: an executor that is never closed keeps its threads alive
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    ExecutorService executor = Executors.newCachedThreadPool();
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> future : executor.invokeAll(tasks)) {
        results.add(future.get());
    }
    return results;
}
