// about: calls each task itself, one after another, on the caller's thread: no thread, no executor
// answer: l01-run-tasks
// score: 4
// expect: every task ran on the thread that called runTasks, one after another: nothing started a thread for it
static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {
    List<Integer> results = new ArrayList<>();
    for (Callable<Integer> task : tasks) {
        results.add(task.call());
    }
    return results;
}
