package dev.threadlab.display.cell;

/**
 * How the kernel evaluates a cell's expression in one compilation: as {@code Object $threadlab7 =
 * CellValue.of(() -> expression);}. JShell, given the expression itself, first analyses it twice to learn its
 * type (and whether it has a value at all), then compiles it; given this declaration it compiles once. The
 * overloads take the expression as a value or, when it has none ({@code System.out.println(x)}), as an action,
 * and the compiler picks the value form whenever there is one. Not for lessons: the kernel writes these calls.
 */
public final class CellValue {

    /** What the cell's value shows as when the expression had none: the kernel then shows no result. */
    public static final String NONE_TEXT = "<threadlab: the expression has no value>";

    private static final Object NONE = new Object() {
        @Override
        public String toString() {
            return NONE_TEXT;
        }
    };

    private CellValue() {}

    /** An expression with a value. */
    @FunctionalInterface
    public interface Value {
        Object get() throws Throwable;
    }

    /** An expression without one. */
    @FunctionalInterface
    public interface Action {
        void run() throws Throwable;
    }

    /** The expression's value. */
    public static Object of(Value expression) throws Throwable {
        return expression.get();
    }

    /** Runs the expression; answers the marker of no value. */
    public static Object of(Action expression) throws Throwable {
        expression.run();
        return NONE;
    }
}
