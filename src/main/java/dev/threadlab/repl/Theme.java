package dev.threadlab.repl;

import org.jline.utils.AttributedStyle;

/**
 * The styles the terminal app draws with. Without colour ({@code NO_COLOR}, a dumb terminal) the same
 * roles keep bold, italic and underline only, so headings and errors still stand out. Immutable.
 *
 * @param colour whether foreground colours may be used
 */
record Theme(boolean colour) {

    /** What a piece of text is, which decides how it looks. */
    enum Role {
        HEADING, SUBHEADING, STRONG, EMPHASIS, CODE, LINK, QUOTE, RULE,
        KEYWORD, STRING, COMMENT, NUMBER, ANNOTATION, LITERAL, MAGIC,
        ERROR, STDERR, PASSED, FAILED, DIM, KEY, CELL_LABEL, NOTE
    }

    /** The style of {@code role}. */
    AttributedStyle style(Role role) {
        AttributedStyle s = AttributedStyle.DEFAULT;
        return switch (role) {
            case HEADING -> colour ? s.bold().foreground(AttributedStyle.BRIGHT | AttributedStyle.CYAN) : s.bold().underline();
            case SUBHEADING -> colour ? s.bold().foreground(AttributedStyle.CYAN) : s.bold();
            case STRONG -> s.bold();
            case EMPHASIS -> s.italic();
            case CODE -> colour ? s.foreground(AttributedStyle.YELLOW) : s;
            case LINK -> colour ? s.underline().foreground(AttributedStyle.BLUE) : s.underline();
            case QUOTE, DIM, COMMENT -> colour ? s.faint() : s;
            case RULE -> colour ? s.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK) : s;
            case KEYWORD -> colour ? s.bold().foreground(AttributedStyle.MAGENTA) : s.bold();
            case STRING -> colour ? s.foreground(AttributedStyle.GREEN) : s;
            case NUMBER, LITERAL -> colour ? s.foreground(AttributedStyle.CYAN) : s;
            case ANNOTATION, MAGIC -> colour ? s.foreground(AttributedStyle.YELLOW) : s;
            case ERROR -> colour ? s.bold().foreground(AttributedStyle.RED) : s.bold();
            case STDERR -> colour ? s.foreground(AttributedStyle.RED) : s;
            case PASSED -> colour ? s.bold().foreground(AttributedStyle.GREEN) : s.bold();
            case FAILED -> colour ? s.bold().foreground(AttributedStyle.RED) : s.bold();
            case KEY -> colour ? s.bold().foreground(AttributedStyle.BRIGHT | AttributedStyle.WHITE) : s.bold();
            case CELL_LABEL -> colour ? s.foreground(AttributedStyle.BLUE) : s;
            case NOTE -> colour ? s.italic().foreground(AttributedStyle.YELLOW) : s.italic();
        };
    }
}
