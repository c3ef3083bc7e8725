// about: a fallback for failures but no time limit: a shop that never answers leaves the future pending for ever
// answer: l03-summary
// score: 3
// expect: because shop.orders("ada") never answered, and no time limit was put on the chain
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .exceptionally(failure -> "unavailable");
}
