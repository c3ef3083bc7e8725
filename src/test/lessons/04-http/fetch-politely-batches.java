// about: batches of limit: sendAsync limit requests, join them all, then the next batch (never over the limit, and limit at once)
// answer: l04-fetch-politely
// score: 5
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (int start = 0; start < urls.size(); start += limit) {
        List<CompletableFuture<String>> batch = new ArrayList<>();
        for (URI url : urls.subList(start, Math.min(urls.size(), start + limit))) {
            batch.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(HttpResponse::body)
                    .exceptionally(failure -> "failed"));
        }
        for (CompletableFuture<String> body : batch) {
            bodies.add(body.join());
        }
    }
    return bodies;
}
