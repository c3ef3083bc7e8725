// about: sendAsync, but joined right away: each request waits for the one before
// answer: l04-fetch-all
// score: 3
// expect: did you join() each sendAsync future right after sending it?
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (URI url : urls) {
        bodies.add(client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).join().body());
    }
    return bodies;
}
