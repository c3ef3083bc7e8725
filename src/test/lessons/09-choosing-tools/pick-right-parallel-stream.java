// about: right, another way: virtual threads started and joined by hand; a parallel stream for computing
// answer: l09-pick
// score: 5
static void waitAll(List<Runnable> waits) throws Exception {
    List<Thread> threads = new ArrayList<>();
    for (Runnable wait : waits) {
        threads.add(Thread.ofVirtual().start(wait));
    }
    for (Thread t : threads) {
        t.join();
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    return jobs.parallelStream().map(job -> {
        try {
            return job.call();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }).toList();
}
