// about: a plain ArrayList shared by the producer thread and the caller, which spins on isEmpty() (yielding) and remove(0): no bound, a busy loop, and a data race that breaks the list in some runs
// answer: l06-work-ahead
// score: 2 or 0
// expect: busy loop
// stderr: allowed
@SuppressWarnings("unchecked")
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    List<Object> items = new ArrayList<>();
    Object end = new Object();
    Thread producer = Thread.ofPlatform().start(() -> {
        while (source.hasNext()) {
            items.add(source.next());
        }
        items.add(end);
    });
    List<R> results = new ArrayList<>();
    while (true) {
        if (items.isEmpty()) {
            Thread.yield();
            continue;
        }
        Object item = items.remove(0);
        if (item == end) {
            break;
        }
        results.add(work.apply((T) item));
    }
    producer.join();
    return results;
}
