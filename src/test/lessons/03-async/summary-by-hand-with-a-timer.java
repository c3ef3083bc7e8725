// about: right, by hand: a result future completed by whenComplete callbacks or by a delayedExecutor timer
// answer: l03-summary
// score: 5
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    CompletableFuture<String> result = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS).execute(() -> result.complete("unavailable"));
    shop.user(id).whenComplete((name, failure) -> {
        if (failure != null) {
            result.complete("unavailable");
            return;
        }
        shop.orders(name).whenComplete((orders, again) ->
                result.complete(again != null ? "unavailable" : name + ": " + orders.size() + " orders"));
    });
    return result;
}
