// about: a virtual-thread executor that is never closed (the futures are all read, but the executor stays open)
// answer: l04-fetch-all
// score: 4
// expect: never closed a thread-per-task executor
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<String>> futures = new ArrayList<>();
    for (URI url : urls) {
        futures.add(executor.submit(() -> client.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString()).body()));
    }
    List<String> bodies = new ArrayList<>();
    for (Future<String> future : futures) {
        bodies.add(future.get());
    }
    return bodies;
}
