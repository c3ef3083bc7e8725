// about: right, another way: release in finally, and a failure turned into "failed" where its future is read (ExecutionException)
// answer: l04-fetch-politely
// score: 5
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit, true);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                try {
                    return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
                } finally {
                    permits.release();
                }
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
