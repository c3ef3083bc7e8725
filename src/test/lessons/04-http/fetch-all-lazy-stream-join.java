// about: one stream that sends and joins: a stream is lazy, so each request is sent only after the one before was joined
// answer: l04-fetch-all
// score: 3
// expect: A stream is lazy
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    return urls.stream()
            .map(url -> client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()))
            .map(CompletableFuture::join)
            .map(HttpResponse::body)
            .toList();
}
