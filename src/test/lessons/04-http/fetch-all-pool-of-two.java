// about: a fixed pool of two threads doing blocking sends: two requests at a time
// answer: l04-fetch-all
// score: 3
// expect: a pool of 2 sends 2 at a time
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(pool.submit(() -> client.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString()).body()));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<String> future : futures) {
            bodies.add(future.get());
        }
        return bodies;
    }
}
