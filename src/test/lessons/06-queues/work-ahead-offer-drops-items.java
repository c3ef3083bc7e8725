// about: offer() instead of put(): on a full queue the item is dropped
// answer: l06-work-ahead
// score: 1
// expect: never reached the work
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(capacity);
    Thread producer = Thread.ofPlatform().start(() -> {
        try {
            while (source.hasNext()) {
                queue.offer(Optional.of(source.next()));
            }
            queue.put(Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    List<R> results = new ArrayList<>();
    for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
        results.add(work.apply(item.get()));
    }
    producer.join();
    return results;
}
