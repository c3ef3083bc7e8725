// about: returns the first answer's body without looking at its status: a 503 counts as success
// answer: l04-fetch-with-retry
// score: 2
// expect: returned "busy", the body of a 503 answer
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (HttpTimeoutException e) {
            if (attempt < attempts) {
                Thread.sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
