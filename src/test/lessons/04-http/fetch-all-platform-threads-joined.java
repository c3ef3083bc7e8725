// about: right, by hand: a platform thread per url writes its body into an array slot, and every thread is joined
// answer: l04-fetch-all
// score: 5
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    String[] bodies = new String[urls.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
        int index = i;
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                bodies[index] = client.send(HttpRequest.newBuilder(urls.get(index)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        }));
    }
    for (Thread thread : threads) {
        thread.join();
    }
    return Arrays.asList(bodies);
}
