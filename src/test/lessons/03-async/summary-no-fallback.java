// about: a time limit but no fallback for failures: a failing shop fails the future
// answer: l03-summary
// score: 4
// expect: IllegalStateException("the orders database is down") instead of "unavailable": nothing on the chain turns a failure into the fallback
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    return shop.user(id)
            .thenCompose(name -> shop.orders(name).thenApply(orders -> name + ": " + orders.size() + " orders"))
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS);
}
