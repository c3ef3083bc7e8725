package dev.threadlab.interpreter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPython's help syntax, which Jupyter users type out of habit: a cell that is only {@code ?name} or
 * {@code name?} asks for the documentation of {@code name}, shown in the front end's pager.
 */
public final class HelpQuery {

    private static final String NAME = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.]*";
    private static final Pattern QUERY = Pattern.compile("\\s*(?:\\?\\s*(" + NAME + ")|(" + NAME + ")\\s*\\?)\\s*");

    private HelpQuery() {}

    /** The name asked about, when {@code code} is a help query. */
    public static Optional<String> nameIn(String code) {
        Matcher m = QUERY.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
