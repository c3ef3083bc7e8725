// about: a cached thread pool that is never closed: its threads stay alive after fetchAll returns
// answer: l04-fetch-all
// score: 4
// expect: an executor that is never closed keeps its threads alive
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    ExecutorService pool = Executors.newCachedThreadPool();
    List<Future<String>> futures = new ArrayList<>();
    for (URI url : urls) {
        futures.add(pool.submit(() -> client.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString()).body()));
    }
    List<String> bodies = new ArrayList<>();
    for (Future<String> future : futures) {
        bodies.add(future.get());
    }
    return bodies;
}
