// about: the time limit is put on shop.user's own future, so it does not cover the orders asked for after it
// answer: l03-summary
// score: 3
// expect: the time limit (completeOnTimeout) was put on shop.user(7)'s own future only, not on the whole chain
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .exceptionally(failure -> "unavailable");
}
