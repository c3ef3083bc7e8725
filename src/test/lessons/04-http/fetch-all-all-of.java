// about: right, as a chain: sendAsync for each, allOf, then one stage that reads the bodies in order
// answer: l04-fetch-all
// score: 5
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<CompletableFuture<String>> bodies = urls.stream()
            .map(url -> client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(HttpResponse::body))
            .toList();
    return CompletableFuture.allOf(bodies.toArray(CompletableFuture[]::new))
            .thenApply(done -> bodies.stream().map(CompletableFuture::join).toList())
            .get(30, TimeUnit.SECONDS);
}
