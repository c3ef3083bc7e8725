// about: each answer is added to a shared list when it arrives: the bodies come back in arrival order
// answer: l04-fetch-all
// score: 3
// expect: not in url order
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    for (URI url : urls) {
        pending.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> bodies.add(response.body())));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    return bodies;
}
