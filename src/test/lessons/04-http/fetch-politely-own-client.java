// about: a correct Semaphore, but with a new HttpClient of its own instead of the one it is given
// answer: l04-fetch-politely
// score: 4
// expect: not through the HttpClient fetchPolitely was given
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    try (HttpClient mine = HttpClient.newHttpClient();
         ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                try {
                    return mine.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
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
