// about: sends every request at once with sendAsync: the limit is ignored
// answer: l04-fetch-politely
// score: 3
// expect: requests in flight at once; the limit was 2: take a permit from a Semaphore(limit) before each request
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    List<CompletableFuture<String>> bodies = new ArrayList<>();
    for (URI url : urls) {
        bodies.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::body)
                .exceptionally(failure -> "failed"));
    }
    return bodies.stream().map(CompletableFuture::join).toList();
}
