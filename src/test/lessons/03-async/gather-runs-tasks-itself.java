// about: calls every task itself on the calling thread and wraps the results: a failure comes straight out of gather
// answer: l03-gather
// score: 1
// expect: gather ran tasks 1, 2 and 3 itself, on the thread that called it
// expect: it ran task 2 itself, on the thread that called it (task.get() right there), so the task's exception came straight out of gather
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<T> results = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        results.add(task.get());
    }
    return CompletableFuture.completedFuture(results);
}
