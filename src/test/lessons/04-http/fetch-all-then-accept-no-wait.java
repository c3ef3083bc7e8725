// about: sendAsync for every url, thenAccept adds each body to a list, and the list is returned without waiting for them
// answer: l04-fetch-all
// score: 3
// expect: 3 of them are missing
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    for (URI url : urls) {
        client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> bodies.add(response.body()));
    }
    return bodies;
}
