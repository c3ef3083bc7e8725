// about: right, asynchronously: a permit taken before each sendAsync, given back in whenComplete
// answer: l04-fetch-politely
// score: 5
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    List<CompletableFuture<String>> bodies = new ArrayList<>();
    for (URI url : urls) {
        permits.acquire();
        bodies.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> permits.release())
                .handle((response, failure) -> failure == null ? response.body() : "failed"));
    }
    return bodies.stream().map(CompletableFuture::join).toList();
}
