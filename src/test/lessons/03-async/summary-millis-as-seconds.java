// about: limit.toMillis() given as SECONDS: a limit of 300 ms becomes 300 s
// answer: l03-summary
// score: 3
// expect: longer than the one given: were the units mixed up
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.SECONDS)
            .exceptionally(failure -> "unavailable");
}
