// about: fetches and analyses one page after another on the calling thread
// answer: l09-crawl
// score: 3
// expect: fetched every page on the thread that called it
// expect: on threads that also fetched
static Map<String, Integer> crawl(List<String> pages, Function<String, String> fetch,
                                  Function<String, Integer> analyze, int maxInFlight) throws Exception {
    Map<String, Integer> results = new HashMap<>();
    for (String page : pages) {
        results.put(page, analyze.apply(fetch.apply(page)));
    }
    return results;
}
