// about: cheat: sends no request at all and makes each body up from the url ("page " + its path)
// answer: l04-fetch-all
// score: 1
// expect: the server never answered a request for
static List<String> fetchAll(HttpClient client, List<URI> urls) throws Exception {
    return urls.stream().map(url -> "page " + url.getPath().substring(1)).toList();
}
