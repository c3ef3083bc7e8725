// about: right, another shape: a SynchronousQueue (never ahead at all) and a pill object on a virtual thread
// answer: l06-work-ahead
// score: 5
@SuppressWarnings("unchecked")
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    SynchronousQueue<Object> handOff = new SynchronousQueue<>();
    Object end = new Object();
    Thread reader = Thread.ofVirtual().start(() -> {
        try {
            while (source.hasNext()) {
                handOff.put(source.next());
            }
            handOff.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    List<R> results = new ArrayList<>();
    Object item;
    while ((item = handOff.take()) != end) {
        results.add(work.apply((T) item));
    }
    reader.join();
    return results;
}
