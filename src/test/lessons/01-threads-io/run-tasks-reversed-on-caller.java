// about: the caller alone collects the results, but adds each at the front (add(0, ...)): last task first
// answer: l01-run-tasks
// score: 4
// expect: last task first, not in the order they were given
// expect: add(0, result)
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> task : tasks) {
            futures.add(executor.submit(task));
        }
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : futures) {
            results.add(0, future.get());
        }
        return results;
    }
}
