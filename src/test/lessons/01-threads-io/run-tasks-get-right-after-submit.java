// about: submits a task and waits for it before submitting the next
// answer: l01-run-tasks
// score: 4
// expect: did you call get() right after submit()?
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Integer> results = new ArrayList<>();
        for (Callable<Integer> task : tasks) {
            results.add(executor.submit(task).get());
        }
        return results;
    }
}
