// about: sends every request at once and joins them, then sorts the bodies: body order, not url order
// answer: l04-fetch-all
// score: 3
// expect: the bodies sorted, not in url order
// expect: don't sort them
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (URI url : urls) {
        responses.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()));
    }
    List<String> bodies = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> response : responses) {
        bodies.add(response.join().body());
    }
    Collections.sort(bodies);
    return bodies;
}
