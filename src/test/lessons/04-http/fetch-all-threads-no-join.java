// about: a platform thread per url storing its body by index, but the threads are never joined
// answer: l04-fetch-all
// score: 1
// stderr: allowed
// expect: returned before it had sent its request
// expect: were not there yet when it returned, since fetchAll did not wait
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    String[] bodies = new String[urls.size()];
    for (int i = 0; i < urls.size(); i++) {
        int index = i;
        new Thread(() -> {
            try {
                bodies[index] = client.send(HttpRequest.newBuilder(urls.get(index)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        }).start();
    }
    return Arrays.asList(bodies);
}
