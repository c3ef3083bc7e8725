package dev.threadlab.interpreter;

import dev.threadlab.display.MimeBundle;
import java.util.Objects;

/** Documentation found for a name: {@code found} false with an empty bundle when there is none. */
public record Inspection(boolean found, MimeBundle data) {
    public Inspection { Objects.requireNonNull(data, "data"); }

    /** Nothing found. */
    public static Inspection notFound() {
        return new Inspection(false, MimeBundle.empty());
    }
}
