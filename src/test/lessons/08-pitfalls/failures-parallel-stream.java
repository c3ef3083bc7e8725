// about: a parallel stream over the tasks: they run on the shared common pool (and the caller), as many at once as it has threads
// answer: l08-failures
// score: 3
// expect: shared ForkJoin common pool
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    return tasks.parallelStream().map(task -> {
        try {
            task.call();
            return (Throwable) null;
        } catch (Exception e) {
            return (Throwable) e;
        }
    }).filter(Objects::nonNull).toList();
}
