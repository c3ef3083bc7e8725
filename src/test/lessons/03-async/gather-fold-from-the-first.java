// about: folds with thenCombine starting from the first task's future: no tasks at all throws
// answer: l03-gather
// score: 4
// expect: ArrayIndexOutOfBoundsException
// visible: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    CompletableFuture<List<T>> all = CompletableFuture.supplyAsync(tasks.get(0), executor).thenApply(List::of);
    for (Supplier<T> task : tasks.subList(1, tasks.size())) {
        all = all.thenCombine(CompletableFuture.supplyAsync(task, executor), (done, value) -> {
            List<T> more = new ArrayList<>(done);
            more.add(value);
            return more;
        });
    }
    return all;
}
