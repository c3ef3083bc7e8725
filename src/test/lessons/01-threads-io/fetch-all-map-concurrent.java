// about: right: Gatherers.mapConcurrent with a limit of one thread per url (JDK 24 and later)
// answer: l01-fetch-all
// score: 5
// jdk: 24
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    return urls.stream().gather(Gatherers.mapConcurrent(Math.max(1, urls.size()), fetch)).toList();
}
