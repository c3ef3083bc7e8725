// about: no producer thread: the calling thread reads and works in turn
// answer: l06-work-ahead
// score: 4
// expect: read the source on the thread that called it
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    List<R> results = new ArrayList<>();
    while (source.hasNext()) {
        results.add(work.apply(source.next()));
    }
    return results;
}
