// about: no timeout on the request: a server that never answers holds it up for ever
// answer: l04-fetch-with-retry
// score: 3
// expect: its HttpRequest had no timeout
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            return response.body();
        }
        if (attempt < attempts) {
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
