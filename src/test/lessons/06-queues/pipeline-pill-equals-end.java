// about: right for this source: a pill "END" compared with equals, in a virtual-thread executor closed at the end
// answer: l06-pipeline
// score: 5
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(100);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < consumers; i++) {
            pool.execute(() -> {
                try {
                    while (true) {
                        String item = queue.take();
                        if (item.equals("END")) {
                            break;
                        }
                        handle.accept(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        source.forEachRemaining(item -> {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        for (int i = 0; i < consumers; i++) {
            queue.put("END");
        }
    }
}
