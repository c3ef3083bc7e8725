// about: an ExecutorCompletionService: take() hands the futures over in the order the tasks finish, not task order
// answer: l08-failures
// score: 2
// expect: not in task order
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        CompletionService<String> done = new ExecutorCompletionService<>(executor);
        for (Callable<String> task : tasks) done.submit(task);
        for (int i = 0; i < tasks.size(); i++) {
            try {
                done.take().get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
    }
    return failures;
}
