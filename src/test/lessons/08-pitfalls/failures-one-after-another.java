// about: calls each task itself, one after another, on the caller's thread
// answer: l08-failures
// score: 3
// expect: ran on the thread that called failuresOf
static List<Throwable> failuresOf(List<Callable<String>> tasks) {
    List<Throwable> failures = new ArrayList<>();
    for (Callable<String> task : tasks) {
        try {
            task.call();
        } catch (Exception e) {
            failures.add(e);
        }
    }
    return failures;
}
