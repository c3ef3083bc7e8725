// about: blocking sends on a fixed pool of one thread per core: only as many requests at once as there are cores
// about: the visible check has 3 urls, so on 8 cores it passes; the hidden one has 10
// answer: l04-fetch-all
// score: 3
// visible: 3 or 5
// expect: since send holds its thread until the answer arrives
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
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
