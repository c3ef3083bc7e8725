// about: right, recursively: one attempt, then the rest with one attempt fewer and twice the wait
// answer: l04-fetch-with-retry
// score: 5
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            return response.body();
        }
    } catch (HttpTimeoutException e) {
        // counts as a failed attempt
    }
    if (attempts <= 1) {
        throw new IOException("giving up on " + uri);
    }
    Thread.sleep(backoff.toMillis());
    return fetchWithRetry(client, uri, attempts - 1, timeout, backoff.multipliedBy(2));
}
