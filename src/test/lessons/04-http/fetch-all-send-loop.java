// about: a loop of the blocking client.send: one request at a time
// answer: l04-fetch-all
// score: 3
// expect: fetchAll sent its 3 requests one after another with client.send on the thread that called it
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (URI url : urls) {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        bodies.add(response.body());
    }
    return bodies;
}
