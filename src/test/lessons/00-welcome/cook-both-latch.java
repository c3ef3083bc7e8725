// about: right: a CountDownLatch counted down by each cook
// answer: l00-cook-both
// score: 2
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(2);
    for (Runnable dish : List.of(first, second)) {
        new Thread(() -> {
            try {
                dish.run();
            } finally {
                done.countDown();
            }
        }).start();
    }
    done.await();
}
