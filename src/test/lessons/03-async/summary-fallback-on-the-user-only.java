// about: exceptionally on shop.user's own future: a failure of shop.orders passes it by
// answer: l03-summary
// score: 4
// expect: the fallback (exceptionally) was put on shop.user(7)'s own future only
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .exceptionally(failure -> "unavailable")
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS);
}
