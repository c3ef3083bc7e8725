// about: the calling thread stops as soon as poll() finds the queue empty, before the producer is done
// answer: l06-work-ahead
// score: 1
// expect: poll() returned null
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<T> queue = new ArrayBlockingQueue<>(capacity);
    Thread producer = Thread.ofPlatform().start(() -> {
        try {
            while (source.hasNext()) {
                queue.put(source.next());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    List<R> results = new ArrayList<>();
    for (T item = queue.poll(); item != null; item = queue.poll()) {
        results.add(work.apply(item));
    }
    producer.join();
    return results;
}
