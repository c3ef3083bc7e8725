// about: orTimeout after exceptionally: a late answer fails with TimeoutException instead of the fallback
// answer: l03-summary
// score: 3
// expect: completed exceptionally with TimeoutException: orTimeout fails the future when the time is up
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .exceptionally(failure -> "unavailable")
            .orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS);
}
