package dev.threadlab.lessons;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Objects;

/**
 * What one cell printed and displayed while it ran.
 *
 * @param stdout   standard output, as one string
 * @param stderr   standard error, as one string
 * @param displays the rich displays in the order they were shown (an update replaces its display)
 */
public record CapturedOutput(String stdout, String stderr, List<MimeBundle> displays) {

    /** Nothing at all. */
    public static final CapturedOutput NONE = new CapturedOutput("", "", List.of());

    public CapturedOutput {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        displays = List.copyOf(displays);
    }
}
