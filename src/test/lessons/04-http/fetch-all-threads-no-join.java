// about: a platform thread per url storing its body by index, but the threads are never joined; with the visible checks' few urls every request may reach the server before fetchAll returns, so the notebook may show 3 where the grade, with more urls, gives 1
// answer: l04-fetch-all
// score: 1
// visible: 1 or 3
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
