// about: right, statement form: completeOnTimeout's and exceptionally's results kept in variables step by step
// answer: l03-summary
// score: 5
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    CompletableFuture<String> page = shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"));
    page.completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS);
    CompletableFuture<String> safe = page.exceptionally(failure -> "unavailable");
    return safe;
}
