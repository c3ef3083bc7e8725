// about: right, if broad: catches every Exception around the request (timeouts, broken connections), prints it with println and tries again
// answer: l04-fetch-with-retry
// score: 5
static String fetchWithRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).build();
    Duration wait = backoff;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            System.out.println("attempt " + attempt + ": status " + response.statusCode());
        } catch (Exception e) {
            System.out.println("attempt " + attempt + " failed: " + e);
        }
        if (attempt < attempts) {
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
    throw new IOException(uri + " failed " + attempts + " times");
}
