// about: offer() instead of put() and a busy loop on poll(): a full queue drops items and the end marker, and the calling thread spins for ever
// answer: l06-work-ahead
// score: 0
// expect: offer()
// expect: busy loop
// expect: The check stopped the loop
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(capacity);
    Thread producer = new Thread(() -> {
        while (source.hasNext()) {
            queue.offer(Optional.of(source.next()));
        }
        queue.offer(Optional.empty());
    });
    producer.start();
    List<R> results = new ArrayList<>();
    while (true) {
        Optional<T> item = queue.poll();
        if (item == null) {
            continue;
        }
        if (item.isEmpty()) {
            break;
        }
        results.add(work.apply(item.get()));
    }
    producer.join();
    return results;
}
