package dev.threadlab.lessons.run;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Objects;

/**
 * What one cell printed, displayed and reported while it ran.
 *
 * @param stdout   standard output, as one string (at most {@link Capture#LIMIT_CHARS} characters)
 * @param stderr   standard error, as one string, ending with a notice when the cell's output was cut
 * @param displays the rich displays in the order they were shown (an update replaces its display)
 * @param reports  the genuine check reports the cell sent while it ran, in order (see
 *                 {@link dev.threadlab.interpreter.Output#checkReport}); never what it displayed
 */
public record CapturedOutput(String stdout, String stderr, List<MimeBundle> displays, List<Report> reports) {

    /** Nothing at all. */
    public static final CapturedOutput NONE = new CapturedOutput("", "", List.of(), List.of());

    public CapturedOutput {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        displays = List.copyOf(displays);
        reports = List.copyOf(reports);
    }

    /** Printed and displayed output without reports. */
    public CapturedOutput(String stdout, String stderr, List<MimeBundle> displays) {
        this(stdout, stderr, displays, List.of());
    }

    /** A genuine check report: the check's grade id and its JSON as {@code Check.cell} made it. */
    public record Report(String id, String json) {
        public Report {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(json, "json");
        }
    }
}
