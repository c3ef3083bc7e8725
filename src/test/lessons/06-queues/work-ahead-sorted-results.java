// about: right in every way but one: sorts the results before returning them, which is value order, not source order
// answer: l06-work-ahead
// score: 1
// expect: the results sorted by their values, not in the order of the source
// expect: don't sort them
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(capacity);
    Thread producer = Thread.ofPlatform().start(() -> {
        try {
            while (source.hasNext()) {
                queue.put(Optional.of(source.next()));
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
    return results.stream().sorted().toList();
}
