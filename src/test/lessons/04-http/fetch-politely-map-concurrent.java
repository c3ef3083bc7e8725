// about: right, JDK 24 and later: Gatherers.mapConcurrent(limit, ...) bounds the requests on virtual threads
// answer: l04-fetch-politely
// jdk: 24
// score: 5
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    return urls.stream()
            .gather(Gatherers.mapConcurrent(limit, url -> {
                try {
                    return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException e) {
                    return "failed";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "failed";
                }
            }))
            .toList();
}
