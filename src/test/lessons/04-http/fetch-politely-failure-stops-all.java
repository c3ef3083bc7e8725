// about: a correct Semaphore, but a failed request's exception escapes and ends the whole call
// answer: l04-fetch-politely
// score: 3
// expect: Your code threw ExecutionException
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
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
            bodies.add(future.get());
        }
        return bodies;
    }
}
