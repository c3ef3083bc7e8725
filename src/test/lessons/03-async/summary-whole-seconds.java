// about: gives the limit as whole seconds (limit.toSeconds(), SECONDS): a limit under a second becomes no time at all
// answer: l03-summary
// score: 3
// expect: the time limit put on the chain was 0 s
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .completeOnTimeout("unavailable", limit.toSeconds(), TimeUnit.SECONDS)
            .exceptionally(failure -> "unavailable");
}
