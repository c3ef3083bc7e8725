// about: put(null) as the end marker: a BlockingQueue refuses null, the producer dies of a NullPointerException, the caller waits in take() for ever
// answer: l06-work-ahead
// score: 1
// expect: A BlockingQueue refuses null
// stderr: allowed
@SuppressWarnings("unchecked")
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<T> queue = new ArrayBlockingQueue<>(capacity);
    Thread producer = Thread.ofPlatform().start(() -> {
        try {
            while (source.hasNext()) {
                queue.put(source.next());
            }
            queue.put(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    List<R> results = new ArrayList<>();
    for (T item = queue.take(); item != null; item = queue.take()) {
        results.add(work.apply(item));
    }
    producer.join();
    return results;
}
