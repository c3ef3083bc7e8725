// about: a parallel stream: in order, but on the shared common pool
// answer: l01-fetch-all
// score: 3
// expect: that is where a parallel stream runs them
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    return urls.parallelStream().map(fetch).toList();
}
