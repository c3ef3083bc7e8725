// about: supplyAsync on the common pool, join, collect the cause of CompletionException
// answer: l08-failures
// score: 3
// expect: shared ForkJoin common pool
static List<Throwable> failuresOf(List<Callable<String>> tasks) throws InterruptedException {
    List<CompletableFuture<String>> fs = new ArrayList<>();
    for (Callable<String> t : tasks) fs.add(CompletableFuture.supplyAsync(() -> { try { return t.call(); } catch (Exception e) { throw new CompletionException(e); } }));
    List<Throwable> out = new ArrayList<>();
    for (var f : fs) { try { f.join(); } catch (CompletionException e) { out.add(e.getCause()); } }
    return out;
}
