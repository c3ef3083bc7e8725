// about: right: invokeAll of the two dishes as callables, in try-with-resources
// answer: l00-cook-both
// score: 2
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    try (var kitchen = Executors.newVirtualThreadPerTaskExecutor()) {
        kitchen.invokeAll(List.of(Executors.callable(first), Executors.callable(second)));
    }
}
