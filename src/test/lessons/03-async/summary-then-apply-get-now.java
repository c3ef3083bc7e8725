// about: thenApply where thenCompose was needed: a future of a future, read with getNow before the orders have arrived
// answer: l03-summary
// score: 3
// expect: read a stage built on shop.orders("ada")'s future with getNow(...) before it had completed
// expect: chain it with thenCompose(x -> call(x))
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    CompletableFuture<CompletableFuture<String>> nested = shop.user(id)
            .thenApply(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"));
    return nested.thenApply(inner -> inner.getNow("unavailable"))
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(failure -> "unavailable");
}
