// about: exceptionally inside thenCompose, on the orders only: a failure of shop.user passes it by
// answer: l03-summary
// score: 4
// expect: IllegalStateException("no user 7") instead of "unavailable"
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenCompose(name -> shop.orders(name)
                    .thenApply(orders -> name + ": " + orders.size() + " orders")
                    .exceptionally(failure -> "unavailable"))
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS);
}
