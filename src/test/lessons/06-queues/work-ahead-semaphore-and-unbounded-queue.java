// about: right, unusually: an unbounded queue, with a Semaphore of capacity permits that the producer acquires per item and the caller releases per take
// answer: l06-work-ahead
// score: 5
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Optional<T>> queue = new LinkedBlockingQueue<>();
    Semaphore room = new Semaphore(capacity);
    Thread producer = Thread.ofVirtual().start(() -> {
        try {
            while (true) {
                room.acquire();
                if (!source.hasNext()) {
                    break;
                }
                queue.put(Optional.of(source.next()));
            }
            queue.put(Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    List<R> results = new ArrayList<>();
    for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
        room.release();
        results.add(work.apply(item.get()));
    }
    producer.join();
    return results;
}
