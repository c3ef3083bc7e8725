// about: a parallel stream of blocking sends: the requests wait on the shared common pool
// answer: l04-fetch-all
// score: 3
// expect: sent its requests with the blocking client.send from the shared ForkJoin common pool
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    return urls.parallelStream().map(url -> {
        try {
            return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new RuntimeException(e);
        }
    }).toList();
}
