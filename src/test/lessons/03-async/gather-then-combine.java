// about: right, another way: starts every task, then folds the futures into one with thenCombine
// answer: l03-gather
// score: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    CompletableFuture<List<T>> all = CompletableFuture.completedFuture(List.of());
    for (Supplier<T> task : tasks) {
        CompletableFuture<T> next = CompletableFuture.supplyAsync(task, executor);
        all = all.thenCombine(next, (done, value) -> {
            List<T> more = new ArrayList<>(done);
            more.add(value);
            return more;
        });
    }
    return all;
}
