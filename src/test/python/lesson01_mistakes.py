"""Wrong answers a learner is likely to write in lesson 01, and the phrase its check must answer with.
Each `code` replaces the solution region of the answer cell. Used by lesson_check.py (LessonIT)."""

MISTAKES = [
    dict(name="join right after start", answer="l01-run-all", check="l01-run-all-check",
         expect="did you call join() right after start()? Start them all first, then join them all.",
         code=r"""
for (Runnable task : tasks) {
    Thread t = new Thread(task);
    t.start();
    t.join();
}
"""),
    dict(name="forgetting join", answer="l01-run-all", check="l01-run-all-check",
         expect="did you forget join()?",
         code=r"""
for (Runnable task : tasks) {
    new Thread(task).start();
}
"""),
    dict(name="get() right after submit()", answer="l01-fetch-all", check="l01-fetch-all-check",
         expect="the three fetches never ran at the same time",
         code=r"""
try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
    List<String> results = new ArrayList<>();
    for (String url : urls) {
        results.add(executor.submit(() -> fetch.apply(url)).get());
    }
    return results;
}
"""),
    dict(name="results in the order they finished", answer="l01-fetch-all", check="l01-fetch-all-check",
         expect="the order in which the fetches finished",
         code=r"""
List<String> results = Collections.synchronizedList(new ArrayList<>());
try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
    for (String url : urls) {
        executor.submit(() -> results.add(fetch.apply(url)));
    }
}
return results;
"""),
    dict(name="swallowing a task's exception", answer="l01-run-tasks", check="l01-run-tasks-check",
         expect="the failure was swallowed",
         code=r"""
try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> future : executor.invokeAll(tasks)) {
        try {
            results.add(future.get());
        } catch (ExecutionException e) {
            // skip the task that failed and carry on
        }
    }
    return results;
}
"""),
    dict(name="throwing a new exception without its cause", answer="l01-run-tasks", check="l01-run-tasks-check",
         expect="is not among its causes",
         code=r"""
try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> future : executor.invokeAll(tasks)) {
        try {
            results.add(future.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed");
        }
    }
    return results;
}
"""),
]
