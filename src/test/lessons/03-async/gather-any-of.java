// about: anyOf instead of allOf, then join() on every future in the stage: right results, but anyOf() of no futures never completes
// answer: l03-gather
// score: 4
// expect: with no task or answer to wait for (allOf() of no futures completes at once; anyOf() of none never does)
// visible: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor));
    }
    return CompletableFuture.anyOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(first -> futures.stream().map(CompletableFuture::join).toList());
}
