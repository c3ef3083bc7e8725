// about: get(limit) on each answer inside summary, with a try/catch: summary blocks its caller, and a limit per answer lets the two together take twice the limit
// answer: l03-summary
// score: 1
// expect: summary waited for shop.user(7) with get(timeout) (in summary) before returning
// expect: get(timeout) waited for shop.user(7) and for shop.orders("ada") with the limit each
static CompletableFuture<String> summary(Shop shop, int id, Duration limit) {
    try {
        String name = shop.user(id).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        List<String> orders = shop.orders(name).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.completedFuture(name + ": " + orders.size() + " orders");
    } catch (Exception e) {
        return CompletableFuture.completedFuture("unavailable");
    }
}
