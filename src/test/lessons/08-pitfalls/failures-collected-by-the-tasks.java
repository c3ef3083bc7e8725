// about: each task adds its own failure to a shared synchronized list: in the order they failed, not task order
// answer: l08-failures
// score: 2
// expect: in the order the tasks failed, not in task order
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Callable<String> task : tasks) {
            executor.submit(() -> {
                try {
                    return task.call();
                } catch (Exception e) {
                    failures.add(e);
                    return null;
                }
            });
        }
    }
    return failures;
}
