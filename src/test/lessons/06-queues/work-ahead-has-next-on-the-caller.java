// about: the calling thread asks source.hasNext() to know when to stop: it reads the source too, and races the producer, which may hold the last item between next() and put() (lost in some runs)
// answer: l06-work-ahead
// score: 4 or 2
// expect: read the source on the thread that called it
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
    while (source.hasNext() || !queue.isEmpty()) {
        results.add(work.apply(queue.take()));
    }
    producer.join();
    return results;
}
