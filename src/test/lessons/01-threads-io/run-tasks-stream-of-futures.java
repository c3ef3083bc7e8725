// about: right: a stream submits every task and collects the Futures (toList) before any get()
// answer: l01-run-tasks
// score: 5
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<Integer>> futures = tasks.stream().map(executor::submit).toList();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
