// about: the calling thread stops when poll(200 ms) finds nothing: a producer slower than that loses its later items
// answer: l06-work-ahead
// score: 1
// expect: never reached the work
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
    for (T item = queue.poll(200, TimeUnit.MILLISECONDS); item != null; item = queue.poll(200, TimeUnit.MILLISECONDS)) {
        results.add(work.apply(item));
    }
    producer.join();
    return results;
}
