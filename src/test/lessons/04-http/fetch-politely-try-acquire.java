// about: tryAcquire() instead of acquire(): a request that finds no free permit is not waited for but counted as failed
// answer: l04-fetch-politely
// score: 0
// expect: fetchPolitely never requested /
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(executor.submit(() -> {
                if (!permits.tryAcquire()) {
                    return "failed";
                }
                try {
                    return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException e) {
                    return "failed";
                } finally {
                    permits.release();
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
