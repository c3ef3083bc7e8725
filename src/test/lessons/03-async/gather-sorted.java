// about: right in every way but one: the collected results are sorted, which is value order, not task order
// answer: l03-gather
// score: 4
// expect: the results sorted by their values, not in the order the tasks were given
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(done -> futures.stream().map(CompletableFuture::join).sorted().toList());
}
