// about: starts the consumers and puts the pills, but never joins them: pipeline returns while the last item is still being handled (the probe holds that handling until the caller returns or waits, so fast consumers cannot hide the mistake)
// answer: l06-pipeline
// score: 0
// expect: wait for the consumers (join() them, or close their executor) before returning
// expect: pipeline returned while its consumers were still at work
// visible: 0
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    String pill = new String("end");
    for (int i = 0; i < consumers; i++) {
        Thread.ofPlatform().start(() -> {
            try {
                for (String item = queue.take(); item != pill; item = queue.take()) {
                    handle.accept(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
    while (source.hasNext()) {
        queue.put(source.next());
    }
    for (int i = 0; i < consumers; i++) {
        queue.put(pill);
    }
}
