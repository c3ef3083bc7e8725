// about: a time limit on each question (orTimeout on shop.user's and on shop.orders' futures): together they may take twice the limit
// answer: l03-summary
// score: 3
// expect: each a part of the chain
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    long ms = limit.toMillis();
    return shop.user(id).orTimeout(ms, TimeUnit.MILLISECONDS)
            .thenCompose(name -> shop.orders(name).orTimeout(ms, TimeUnit.MILLISECONDS)
                    .thenApply(orders -> name + ": " + orders.size() + " orders"))
            .exceptionally(failure -> "unavailable");
}
