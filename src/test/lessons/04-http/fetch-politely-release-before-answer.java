// about: the permit guards only the sendAsync call, which returns at once: it is given back before the answer arrives
// answer: l04-fetch-politely
// score: 3
// expect: requests in flight at once; the limit was 2
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    List<CompletableFuture<String>> bodies = new ArrayList<>();
    for (URI url : urls) {
        permits.acquire();
        try {
            bodies.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(HttpResponse::body)
                    .exceptionally(failure -> "failed"));
        } finally {
            permits.release();
        }
    }
    return bodies.stream().map(CompletableFuture::join).toList();
}
