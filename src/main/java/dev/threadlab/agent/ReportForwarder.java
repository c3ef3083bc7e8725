package dev.threadlab.agent;

import dev.threadlab.toolkit.Check;
import dev.threadlab.toolkit.internal.CheckChannel;
import dev.threadlab.wire.ReportFrame;
import dev.threadlab.wire.Wire;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Forwards the genuine report of a check cell from {@link CheckChannel} to the kernel, as a
 * {@link Wire#REPORT} frame on the engine's own connection (tagged with the cell, like output), which user
 * code cannot write to. The engine installs it once at start-up.
 *
 * <p>A report is accepted only when {@code Check.cell} was called by the cell's
 * own top-level code on the cell's {@code main} thread: not from a background thread, not from a check's
 * body, not from a method the cell called (a learner's answer), and not nested in another check. Anything
 * else is dropped, with a line on the engine's diagnostics (the kernel's log): a learner's code can run the
 * toolkit's checks, but never stand in for the cell that grades it. Thread-safe.
 */
final class ReportForwarder {

    private static final String CELL_CLASSES = "REPL.";
    private static final String TOOLKIT = Check.class.getPackageName() + ".";

    private final Multiplexer multiplexer;
    private final PrintStream diagnostics;

    ReportForwarder(Multiplexer multiplexer, PrintStream diagnostics) {
        this.multiplexer = multiplexer;
        this.diagnostics = diagnostics;
    }

    /** Makes {@code forwarder} the receiver of every check report from now on. */
    static void install(ReportForwarder forwarder) {
        CheckChannel.install(forwarder::accept);
    }

    /** Sends the report of check {@code id} to the kernel, or drops it (see the class comment). */
    void accept(String id, String json) {
        Optional<String> refused = refusal(Thread.currentThread(), StackWalker
                .getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(f -> new Frame(f.getDeclaringClass(), f.getMethodName())).toList()));
        if (refused.isPresent()) {
            diagnostics.println("threadlab agent: dropped the check report of " + id + ": " + refused.get());
            return;
        }
        byte[] frame = new ReportFrame(id, json).encode();
        multiplexer.append(Wire.REPORT, frame, 0, frame.length, true);
    }

    /** One frame of a stack: its class and method. */
    record Frame(Class<?> type, String method) {
        boolean inCell() {
            return type.getName().startsWith(CELL_CLASSES);
        }

        boolean inToolkit() {
            return type.getName().startsWith(TOOLKIT) && type.getModule() == Check.class.getModule();
        }
    }

    /**
     * Why a report sent on {@code thread} with this stack (innermost frame first, starting at or above
     * {@code CheckChannel.publish}) is not a check cell's own, or empty when it is.
     */
    static Optional<String> refusal(Thread thread, List<Frame> stack) {
        if (!CellMain.isCellMain(thread)) {
            return Optional.of("Check.cell ran on thread \"" + thread.getName() + "\", not on the cell's main thread");
        }
        int at = 0;
        while (at < stack.size() && stack.get(at).type() != CheckChannel.class) {
            at++;
        }
        if (at == stack.size()) {
            return Optional.of("it did not come through the toolkit's channel");
        }
        at++;
        int toolkitFrames = 0;
        while (at < stack.size() && stack.get(at).inToolkit()) {
            at++;
            toolkitFrames++;
        }
        if (toolkitFrames == 0 || at == stack.size() || !stack.get(at).inCell()) {
            return Optional.of("Check.cell was not called by the cell's own code");
        }
        for (int below = at + 1; below < stack.size(); below++) {
            Frame frame = stack.get(below);
            if (frame.type() == Check.class) {
                return Optional.of("Check.cell ran inside another check");
            }
            if (frame.inCell()) {
                return Optional.of("Check.cell was called by a method (" + frame.method()
                        + "), not by the check cell itself");
            }
        }
        return Optional.empty();
    }
}
