// about: right, JDK 24 and later: Gatherers.mapConcurrent with room for every url, on virtual threads
// answer: l04-fetch-all
// jdk: 24
// score: 5
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    return urls.stream()
            .gather(Gatherers.mapConcurrent(Math.max(1, urls.size()), url -> {
                try {
                    return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }))
            .toList();
}
