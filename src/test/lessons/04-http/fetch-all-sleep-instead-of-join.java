// about: sendAsync for every url, then Thread.sleep to "give them time" instead of joining, then getNow
// answer: l04-fetch-all
// score: 3
// expect: it waited with Thread.sleep (in fetchAll)
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (URI url : urls) {
        responses.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()));
    }
    Thread.sleep(500);
    List<String> bodies = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> response : responses) {
        HttpResponse<String> r = response.getNow(null);
        bodies.add(r == null ? null : r.body());
    }
    return bodies;
}
