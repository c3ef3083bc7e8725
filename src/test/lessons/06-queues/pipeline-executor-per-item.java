// about: right, unusually: no queue of its own, every item submitted to a fixed pool of consumer threads as it is read
// answer: l06-pipeline
// score: 5
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(consumers)) {
        while (source.hasNext()) {
            String item = source.next();
            pool.submit(() -> handle.accept(item));
        }
    }
}
