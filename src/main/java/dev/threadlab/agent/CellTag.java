package dev.threadlab.agent;

/**
 * The cell each thread works for, as a tag the kernel chose: set on the command thread before each
 * snippet runs, so the snippet's thread and every thread created from it (platform or virtual, directly or
 * by a pool thread the cell created) inherit it. Output is routed by this tag ({@link Wire#CELL}).
 *
 * <p>Threads that do not inherit it read 0, "unknown": the common {@code ForkJoinPool}'s workers (the JDK
 * creates them without inherited thread locals) and the JDK's own threads. A task submitted to a pool
 * thread that a <em>different</em> cell created runs under that other cell's tag: the tag belongs to the
 * thread, not to the task. Thread-safe.
 */
final class CellTag {

    private static final InheritableThreadLocal<Integer> TAG = new InheritableThreadLocal<>();

    private CellTag() {}

    /** The tag of the calling thread, 0 when unknown. */
    static int current() {
        Integer tag = TAG.get();
        return tag == null ? 0 : tag;
    }

    /** Makes the calling thread (and threads it creates from now on) work for cell {@code tag}. */
    static void set(int tag) {
        TAG.set(tag);
    }
}
