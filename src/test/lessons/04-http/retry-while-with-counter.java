// about: right, another way: a while loop counting failures, catching any IOException, the wait computed as backoff << failures
// answer: l04-fetch-with-retry
// score: 5
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    int failures = 0;
    while (true) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (IOException e) {
            // a timeout, or a broken connection: a failed attempt
        }
        failures++;
        if (failures == attempts) {
            throw new IOException("no answer from " + uri + " after " + attempts + " attempts");
        }
        TimeUnit.MILLISECONDS.sleep(backoff.toMillis() << (failures - 1));
    }
}
