package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which of a thread's frames a dump shows. The top few frames of a thread that waits on a latch, a lock or a
 * queue are all the JDK's ({@code Unsafe.park}, {@code LockSupport.park}, {@code AbstractQueuedSynchronizer…}) and
 * say nothing of the code that waits. When the learner's code (the first frame not of the JDK or the checks) lies
 * below the frames shown, the dump shows {@code …}, the JDK call that code made (what it waits on,
 * {@code CountDownLatch.await}), then the learner's frames. Stateless.
 */
final class DumpFrames {

    /** Stands for the JDK's frames left out above the call that waits. */
    static final String LEFT_OUT = "…";

    private DumpFrames() {}

    /**
     * At most {@code limit} frames of {@code stack} (innermost first) as {@code text} draws them: the top ones, or
     * {@link #LEFT_OUT}, the call into the JDK and the learner's frames when those would not be shown.
     */
    static List<String> shown(List<StackTraceElement> stack, Function<StackTraceElement, String> text, int limit) {
        int user = 0;
        while (user < stack.size() && !StackText.isUserFrame(stack.get(user))) {
            user++;
        }
        List<String> frames = new ArrayList<>();
        if (user >= stack.size() || user < limit || limit < 3) {
            stack.stream().limit(limit).forEach(f -> frames.add(text.apply(f)));
            return frames;
        }
        frames.add(LEFT_OUT);
        for (int i = user - 1; i < stack.size() && frames.size() < limit; i++) {
            frames.add(text.apply(stack.get(i)));
        }
        return frames;
    }
}
