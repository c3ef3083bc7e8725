// about: every future gets exceptionally(e -> null), so allOf never fails and a failure becomes a null
// answer: l03-gather
// score: 4
// expect: yet gather's future completed normally with [1, null, 3]: the failure was swallowed
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor).exceptionally(failure -> null));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
}
