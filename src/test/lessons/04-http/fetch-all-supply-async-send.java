// about: supplyAsync around the blocking send, without an executor: every request waits on the common pool
// answer: l04-fetch-all
// score: 3
// expect: from the shared ForkJoin common pool
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<CompletableFuture<String>> bodies = new ArrayList<>();
    for (URI url : urls) {
        bodies.add(CompletableFuture.supplyAsync(() -> {
            try {
                return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException | InterruptedException e) {
                throw new CompletionException(e);
            }
        }));
    }
    return bodies.stream().map(CompletableFuture::join).toList();
}
