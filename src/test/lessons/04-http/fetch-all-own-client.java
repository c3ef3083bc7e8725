// about: makes a client of its own instead of using the one it is given
// answer: l04-fetch-all
// score: 3
// expect: but not through the HttpClient fetchAll was given
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    try (HttpClient mine = HttpClient.newHttpClient()) {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (URI url : urls) {
            responses.add(mine.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()));
        }
        return responses.stream().map(response -> response.join().body()).toList();
    }
}
