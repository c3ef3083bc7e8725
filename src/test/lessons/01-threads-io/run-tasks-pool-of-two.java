// about: invokeAll on a fixed pool of two threads
// answer: l01-run-tasks
// score: 4
// expect: a pool of 2 runs 2 tasks at a time
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : executor.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }
}
