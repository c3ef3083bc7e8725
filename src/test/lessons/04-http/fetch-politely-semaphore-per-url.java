// about: a new Semaphore(limit) made inside each task: every request has a semaphore of its own, so nothing is limited
// answer: l04-fetch-politely
// score: 3
// expect: requests in flight at once; the limit was 2
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(executor.submit(() -> {
                Semaphore permits = new Semaphore(limit);
                permits.acquire();
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
