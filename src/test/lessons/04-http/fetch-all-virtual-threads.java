// about: right, another way: the blocking send on a virtual thread per url, futures read in url order
// answer: l04-fetch-all
// score: 5
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            HttpRequest request = HttpRequest.newBuilder(url).GET().build();
            futures.add(executor.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofString()).body()));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<String> future : futures) {
            bodies.add(future.get());
        }
        return bodies;
    }
}
