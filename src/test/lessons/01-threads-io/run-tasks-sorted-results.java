// about: right in every way but one: sorts the results before returning them, which is value order, not task order
// answer: l01-run-tasks
// score: 4
// expect: the results sorted by their values, not in the order the tasks were given
// expect: don't sort the results
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            results.add(future.get());
        }
        Collections.sort(results);
        return results;
    }
}
