// about: a loop of blocking sends: never over the limit, but never using it either
// answer: l04-fetch-politely
// score: 3
// expect: the server never had more than 1 request in flight at once, though the limit was 2
static List<String> fetchPolitely(HttpClient client, List<URI> urls, int limit) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (URI url : urls) {
        try {
            bodies.add(client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            bodies.add("failed");
        }
    }
    return bodies;
}
