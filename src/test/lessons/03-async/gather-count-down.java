// about: right, by hand: a result array, a counter, and a future completed by the last task (or the first failure)
// answer: l03-gather
// score: 5
static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
    CompletableFuture<List<T>> result = new CompletableFuture<>();
    if (tasks.isEmpty()) {
        result.complete(List.of());
        return result;
    }
    AtomicReferenceArray<T> values = new AtomicReferenceArray<>(tasks.size());
    AtomicInteger left = new AtomicInteger(tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
        int slot = i;
        CompletableFuture.supplyAsync(tasks.get(i), executor).whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                values.set(slot, value);
                if (left.decrementAndGet() == 0) {
                    List<T> list = new ArrayList<>();
                    for (int k = 0; k < values.length(); k++) {
                        list.add(values.get(k));
                    }
                    result.complete(list);
                }
            }
        });
    }
    return result;
}
