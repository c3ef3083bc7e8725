// about: right, the other way: a fixed pool of limit threads, each holding its blocking send until the answer
// answer: l04-fetch-politely
// score: 5
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(limit)) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(pool.submit(() -> {
                try {
                    return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException e) {
                    return "failed";
                }
            }));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<String> future : futures) {
            bodies.add(future.get());
        }
        return bodies;
    }
}
