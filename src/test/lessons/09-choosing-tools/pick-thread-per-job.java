// about: a new platform thread per job, results kept in an array by index
// answer: l09-pick
// score: 3
// expect: a thread per job
static void waitAll(List<Runnable> waits) throws Exception {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (Runnable wait : waits) {
            executor.submit(wait);
        }
    }
}

static List<Long> computeAll(List<Callable<Long>> jobs) throws Exception {
    Long[] results = new Long[jobs.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
        int index = i;
        threads.add(Thread.ofPlatform().start(() -> {
            try {
                results[index] = jobs.get(index).call();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }));
    }
    for (Thread t : threads) {
        t.join();
    }
    return Arrays.asList(results);
}
