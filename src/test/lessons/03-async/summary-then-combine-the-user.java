// about: right, another shape: thenCompose(shop::orders) for the list, thenCombine with the user's future for the name
// answer: l03-summary
// score: 5
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    CompletableFuture<String> user = shop.user(id);
    return user.thenCompose(shop::orders)
            .thenCombine(user, (orders, name) -> name + ": " + orders.size() + " orders")
            .completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(failure -> "unavailable");
}
