// about: retries for as long as it takes: a url that is down is asked again and again
// answer: l04-fetch-with-retry
// score: 4
// expect: kept sending requests to /down, which always answers 503: the check stopped it after
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
    while (true) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (HttpTimeoutException e) {
            // try again
        }
        Thread.sleep(wait);
        wait = wait.multipliedBy(2);
    }
}
