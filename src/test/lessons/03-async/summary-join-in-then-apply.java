// about: thenApply with join() inside to get the orders list: a stage that blocks its thread
// answer: l03-summary
// score: 3
// expect: called join() on shop.orders("ada")'s future
// expect: thenCompose(x -> ...) instead of thenApply(x -> ....join())
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenApply(name -> name + ": " + shop.orders(name).join().size() + " orders")
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(failure -> "unavailable");
}
