// about: right, by hand: the calling thread takes a permit before starting each platform thread, which gives it back in finally; results by index, every thread joined
// answer: l04-fetch-politely
// score: 5
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    Semaphore permits = new Semaphore(limit);
    String[] bodies = new String[urls.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
        int index = i;
        permits.acquire();
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                bodies[index] = client.send(HttpRequest.newBuilder(urls.get(index)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                bodies[index] = "failed";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                bodies[index] = "failed";
            } finally {
                permits.release();
            }
        }));
    }
    for (Thread thread : threads) {
        thread.join();
    }
    return Arrays.asList(bodies);
}
