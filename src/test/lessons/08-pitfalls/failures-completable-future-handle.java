// about: a CompletableFuture per task on its own executor; handle() turns each outcome into its failure or null
// answer: l08-failures
// score: 4
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<CompletableFuture<Throwable>> outcomes = new ArrayList<>();
        for (Callable<String> task : tasks) {
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return task.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, executor).handle((page, e) -> e == null ? null : e instanceof CompletionException c ? c.getCause() : e));
        }
        return outcomes.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList();
    }
}
