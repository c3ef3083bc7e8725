// about: right, another way: each answer is put in a ConcurrentHashMap by its url as it arrives; the list is built in url order after allOf
// answer: l04-fetch-all
// score: 5
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    Map<URI, String> byUrl = new ConcurrentHashMap<>();
    CompletableFuture<?>[] all = urls.stream()
            .map(url -> client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> byUrl.put(url, response.body())))
            .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(all).join();
    return urls.stream().map(byUrl::get).toList();
}
