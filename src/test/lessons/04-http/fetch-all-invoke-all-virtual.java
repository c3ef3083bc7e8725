// about: right, another way: invokeAll of one Callable per url on a virtual-thread executor
// answer: l04-fetch-all
// score: 5
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<Callable<String>> calls = new ArrayList<>();
    for (URI url : urls) {
        calls.add(() -> client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body());
    }
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<String> bodies = new ArrayList<>();
        for (Future<String> future : executor.invokeAll(calls)) {
            bodies.add(future.get());
        }
        return bodies;
    }
}
