// about: right, unusually: a scheduled watchdog kills the tree at the limit while the calling thread waits with waitFor(); the scheduler is closed
// answer: l05-run-with-timeout
// score: 5
static int runWithTimeout(List<String> command, Duration limit)
        throws IOException, InterruptedException, TimeoutException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    AtomicBoolean fired = new AtomicBoolean();
    try (ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor()) {
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            fired.set(true);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        int code = process.waitFor();
        alarm.cancel(false);
        if (fired.get()) {
            throw new TimeoutException("stopped after " + limit.toMillis() + " ms");
        }
        return code;
    }
}
