// about: waits for the user with join() before building the rest of the chain: summary blocks its caller
// answer: l03-summary
// score: 0
// expect: summary waited for shop.user(7) with join() (in summary) before returning
// expect: and shop.user(7) never answers: so summary itself would never have returned
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    String name = shop.user(id).join();
    return shop.orders(name)
            .thenApply(orders -> name + ": " + orders.size() + " orders")
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(failure -> "unavailable");
}
