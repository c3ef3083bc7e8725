// about: right, another shape: the producer is CompletableFuture.runAsync on a virtual-thread executor, a pill object, join() at the end
// answer: l06-work-ahead
// score: 5
@SuppressWarnings("unchecked")
static <T, R> List<R> workAhead(Iterator<T> source, int capacity, Function<T, R> work) throws Exception {
    BlockingQueue<Object> queue = new LinkedBlockingQueue<>(capacity);
    Object end = new Object();
    List<R> results = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try {
                while (source.hasNext()) {
                    queue.put(source.next());
                }
                queue.put(end);
            } catch (InterruptedException e) {
                throw new CompletionException(e);
            }
        }, executor);
        for (Object item = queue.take(); item != end; item = queue.take()) {
            results.add(work.apply((T) item));
        }
        reading.join();
    }
    return results;
}
