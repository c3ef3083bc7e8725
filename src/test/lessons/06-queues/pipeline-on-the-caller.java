// about: no consumers at all: the calling thread handles every item itself
// answer: l06-pipeline
// score: 3
// expect: handled on the thread that called pipeline
static void pipeline(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
    while (source.hasNext()) {
        handle.accept(source.next());
    }
}
