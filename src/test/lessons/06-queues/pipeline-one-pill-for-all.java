// about: one poison pill for several consumers: the others wait in take() for ever, and pipeline never returns by itself
// answer: l06-pipeline
// score: 1
// expect: did not return by itself
// expect: as many pills as there are consumers
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(consumers)) {
        for (int i = 0; i < consumers; i++) {
            pool.submit(() -> {
                for (String item = queue.take(); !item.equals("STOP"); item = queue.take()) {
                    handle.accept(item);
                }
                return null;
            });
        }
        while (source.hasNext()) {
            queue.put(source.next());
        }
        queue.put("STOP");
    }
}
