// about: each future adds its result to a shared list as it arrives: finishing order, not task order
// answer: l03-gather
// score: 4
// expect: last task first, not in the order they were given
// expect: That is also the order the tasks finished
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    List<T> results = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
        futures.add(CompletableFuture.supplyAsync(task, executor).thenAccept(results::add));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(done -> results);
}
