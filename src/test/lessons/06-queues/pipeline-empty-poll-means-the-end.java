// about: consumers wait in poll(1 s) and take an empty poll for the end of the items: a producer that pauses longer (a slow source) finds them gone
// answer: l06-pipeline
// score: 2
// expect: because the consumers had all ended before the producer was done
// expect: poll() returned null
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(16);
    try (ExecutorService pool = Executors.newFixedThreadPool(consumers)) {
        for (int i = 0; i < consumers; i++) {
            pool.submit(() -> {
                String item;
                while ((item = queue.poll(1, TimeUnit.SECONDS)) != null) {
                    handle.accept(item);
                }
                return null;
            });
        }
        while (source.hasNext()) {
            queue.put(source.next());
        }
    }
}
