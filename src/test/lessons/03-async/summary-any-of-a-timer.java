// about: right, by hand: a race between the chain and a timer that answers "unavailable" (anyOf)
// answer: l03-summary
// score: 5
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    CompletableFuture<String> page = shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"));
    return CompletableFuture.anyOf(page, later("unavailable", limit))
            .thenApply(String.class::cast)
            .exceptionally(failure -> "unavailable");
}
