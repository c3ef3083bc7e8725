// about: supplyAsync without an executor (failures wrapped so they pass through join): the common pool
// answer: l01-run-tasks
// score: 4
// expect: Pass an executor you create and close: supplyAsync(task, executor)
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    List<CompletableFuture<Integer>> futures = tasks.stream()
            .map(task -> CompletableFuture.supplyAsync(() -> {
                try {
                    return task.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }))
            .toList();
    return futures.stream().map(CompletableFuture::join).toList();
}
