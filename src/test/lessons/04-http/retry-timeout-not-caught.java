// about: retries 503 answers, but a request that timed out ends the whole thing
// answer: l04-fetch-with-retry
// score: 3
// expect: a request that timed out is a failed attempt like a 503
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
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
