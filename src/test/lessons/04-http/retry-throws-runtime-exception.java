// about: gives up with a RuntimeException instead of an IOException
// answer: l04-fetch-with-retry
// score: 4
// expect: threw IllegalStateException
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (HttpTimeoutException e) {
            // try again
        }
        if (attempt < attempts) {
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
    throw new IllegalStateException(uri + " failed " + attempts + " times");
}
