package dev.threadlab.toolkit;

import java.time.Duration;

/** Main classes and pool functions that the Subprocess and ProcessPool tests run in child JVMs. */
final class ChildMains {

    private ChildMains() {
    }

    /** Starts {@code sleep 60} as its own child, prints that child's pid, then sleeps: a tree to kill. */
    static final class SleepWithGrandchild {
        public static void main(String[] args) throws Exception {
            Process grandchild = new ProcessBuilder("sleep", "60").start();
            System.out.println(grandchild.pid());
            Thread.sleep(Duration.ofSeconds(60));
        }
    }

    /** Echoes stdin in upper case and exits with the code given as the first argument. */
    static final class Shout {
        public static void main(String[] args) throws Exception {
            System.out.print(new String(System.in.readAllBytes()).toUpperCase());
            System.err.println("done");
            System.exit(Integer.parseInt(args[0]));
        }
    }

    /** A pool function slow enough that both workers of a pool get tasks. */
    public static String slowDescribe(String input) throws InterruptedException {
        Thread.sleep(150);
        return ProcessPool.Worker.describe(input);
    }

    /** A pool function whose worker JVM exits, saying why on stderr. */
    public static String exitAtOnce(String input) {
        System.err.println("giving up on " + input);
        System.exit(7);
        return input;
    }

    /** A pool function that fails for "boom". */
    public static String failOnBoom(String input) {
        if (input.equals("boom")) {
            throw new IllegalArgumentException("no boom please");
        }
        return input;
    }

    /**
     * Runs {@link SleepWithGrandchild} through {@link Subprocess} on a background thread, prints that
     * child's pid once it exists, and exits without waiting: the shutdown hook must kill the child.
     */
    static final class ExitsWhileItsChildRuns {
        public static void main(String[] args) throws Exception {
            Thread.ofPlatform().daemon().start(() -> Subprocess.ofClass(SleepWithGrandchild.class).run());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Children.live().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            System.out.println(Children.live().getFirst().pid());
            System.exit(0);
        }
    }
}
