// about: right, with futures: supplyAsync on a virtual-thread executor, joined once all were started
// answer: l03-read-all
// score: 5
static Map<String, Integer> readAll(List<String> sensors, Function<String, Integer> read) throws Exception {
    try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
        Map<String, CompletableFuture<Integer>> pending = new LinkedHashMap<>();
        for (String sensor : sensors) {
            pending.put(sensor, CompletableFuture.supplyAsync(() -> read.apply(sensor), virtualThreads));
        }
        return pending.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().join()));
    }
}
