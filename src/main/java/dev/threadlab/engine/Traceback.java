package dev.threadlab.engine;

import dev.threadlab.wire.ThrownLink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The lines of a traceback, laid out as Java's {@code printStackTrace} lays them out: each exception's line
 * ({@code Caused by:}, {@code Suppressed:} indented under the exception it belongs to, a circular reference
 * back to an exception shown above), then its frames of user code, with deep recursion folded into one frame
 * and a count. Stateless.
 */
final class Traceback {

    /** One exception of what a cell threw: where it stands, its readable class name, message (or null), frames. */
    record Thrown(ThrownLink link, String header, String message, StackTraceElement[] frames) {

        /** {@code header: message}, as {@code Throwable.toString()}. */
        String text() {
            return header + (message == null ? "" : ": " + message);
        }
    }

    private static final String INDENT = "    ";

    private Traceback() {}

    /** The lines of {@code chain}; {@code frameText} answers a frame as shown, or null to leave it out. */
    static List<String> lines(List<Thrown> chain, Function<StackTraceElement, String> frameText) {
        List<String> lines = new ArrayList<>();
        for (Thrown thrown : chain) {
            String indent = INDENT.repeat(thrown.link().depth());
            String text = switch (thrown.link().role()) {
                case CAUSE -> (lines.isEmpty() ? "" : "Caused by: ") + thrown.text();
                case SUPPRESSED -> "Suppressed: " + thrown.text();
                case CIRCULAR_CAUSE -> "Caused by: " + circular(thrown);
                case CIRCULAR_SUPPRESSED -> "Suppressed: " + circular(thrown);
                case NOT_SHOWN -> "[" + thrown.message() + "]";
            };
            lines.add(indent + text);
            addFrames(lines, indent + INDENT, thrown.frames(), frameText);
        }
        return lines;
    }

    private static String circular(Thrown thrown) {
        return "[CIRCULAR REFERENCE: " + thrown.text() + ", shown above]";
    }

    private static void addFrames(List<String> lines, String indent, StackTraceElement[] frames,
            Function<StackTraceElement, String> frameText) {
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : frames) {
            String text = frameText.apply(frame);
            if (text == null) {
                continue;
            }
            if (text.equals(previous)) {
                repeats++;
                continue;
            }
            addRepeats(lines, indent, repeats);
            lines.add(indent + "at " + text);
            previous = text;
            repeats = 0;
        }
        addRepeats(lines, indent, repeats);
    }

    /** Deep recursion shows as one frame and a count, as Python does. */
    private static void addRepeats(List<String> lines, String indent, int repeats) {
        if (repeats > 0) {
            lines.add(indent + "[the line above repeated " + repeats + " more time" + (repeats == 1 ? "" : "s") + "]");
        }
    }
}
