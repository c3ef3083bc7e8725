// about: fetches every url itself, one after another, on the caller's thread: no thread at all
// answer: l01-fetch-all
// score: 3
// expect: every task ran on the thread that called fetchAll, one after another: nothing started a thread for it
static List<String> fetchAll(List<String> urls, Function<String, String> fetch) throws Exception {
    List<String> r = new ArrayList<>();
    for (String u : urls) r.add(fetch.apply(u));
    return r;
}
