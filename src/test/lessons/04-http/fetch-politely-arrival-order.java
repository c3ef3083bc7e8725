// about: a correct Semaphore, but each body is added to a synchronized list as it arrives: answer order, not url order
// answer: l04-fetch-politely
// score: 3
// expect: not in url order
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (URI url : urls) {
            executor.submit(() -> {
                permits.acquire();
                try {
                    bodies.add(client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body());
                } catch (IOException e) {
                    bodies.add("failed");
                } finally {
                    permits.release();
                }
                return null;
            });
        }
    }
    return bodies;
}
