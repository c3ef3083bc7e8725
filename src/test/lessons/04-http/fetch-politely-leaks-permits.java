// about: release() after send, not in finally: every failed request keeps its permit, and the last ones wait for ever
// answer: l04-fetch-politely
// score: 3
// expect: the permits taken for the failed requests were never given back
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                String body = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
                permits.release();
                return body;
            }));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<String> future : futures) {
            try {
                bodies.add(future.get());
            } catch (ExecutionException e) {
                bodies.add("failed");
            }
        }
        return bodies;
    }
}
