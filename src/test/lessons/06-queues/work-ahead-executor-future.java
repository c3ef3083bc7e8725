// about: right, another shape: the producer is a task on a single-thread executor closed at the end
// answer: l06-work-ahead
// score: 5
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<List<T>> queue = new LinkedBlockingQueue<>(capacity);
    List<R> results = new ArrayList<>();
    try (ExecutorService producer = Executors.newSingleThreadExecutor()) {
        Future<?> reading = producer.submit(() -> {
            while (source.hasNext()) {
                queue.put(List.of(source.next()));
            }
            queue.put(List.of());
            return null;
        });
        for (List<T> item = queue.take(); !item.isEmpty(); item = queue.take()) {
            results.add(work.apply(item.get(0)));
        }
        reading.get();
    }
    return results;
}
