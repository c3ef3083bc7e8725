package dev.threadlab.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Class names as a learner wrote them, one rule for the kernel's tracebacks and the engine's messages: JShell's
 * wrapper of each snippet dropped ({@code REPL.$JShell$12$Point} is {@code Point}), a local class by its own name
 * ({@code REPL.$JShell$13$1Local}, a class declared inside a method, is {@code Local}), and an anonymous class
 * said to be one ({@code REPL.$JShell$14$Outer$1} is {@code anonymous class in Outer}; a thrown one, whose
 * superclass is known, {@code anonymous RuntimeException}). Names JShell already stripped of the wrapper (as
 * in its stack traces) read the same. Other classes keep their names. Stateless.
 */
public final class ClassNames {

    /** JShell's wrapper of a snippet ({@code REPL.$JShell$17}, {@code REPL.$JShell$17B}), as JShell matches it. */
    private static final Pattern WRAPPER = Pattern.compile("(REPL\\.)?\\$JShell\\$\\w+[$.]?");
    /** The name JShell gives an anonymous class it turns into a member class (for {@code var x = new T() {…}}). */
    private static final String UPGRADED_ANONYMOUS = "$JShell$anonymous$$";
    private static final String ANONYMOUS = "anonymous class";

    /** A class name split: the named classes it is in, outermost first, and whether it is anonymous itself. */
    private record Parts(List<String> named, boolean anonymous) {}

    private ClassNames() {}

    /** {@code text} (a message) with JShell's wrappers removed: "Could not initialize class REPL.$JShell$17$Boom". */
    public static String withoutWrappers(String text) {
        return text == null ? null : WRAPPER.matcher(text.replace(UPGRADED_ANONYMOUS, "")).replaceAll("");
    }

    /**
     * The class {@code name} (a binary name, from {@code Class.getName()} or a stack frame) as a learner knows
     * it: {@code Point}, {@code Outer.Inner}, {@code Local}, {@code anonymous class in Outer}; empty for the
     * wrapper itself (a method declared at the top of a cell); unchanged when it is no class of a cell.
     */
    public static String readable(String name) {
        String stripped = withoutWrappers(name);
        if (stripped.indexOf('.') >= 0 || stripped.isEmpty()) {
            return stripped; // in a package (no cell's class), or the wrapper alone
        }
        Parts parts = parts(stripped);
        String named = String.join(".", parts.named());
        if (!parts.anonymous()) {
            return named;
        }
        return named.isEmpty() ? ANONYMOUS : ANONYMOUS + " in " + named;
    }

    /**
     * {@code member} (a method or field) of the class {@code className}: {@code Point.move}, {@code move} for a
     * method at the top of a cell, {@code run in an anonymous class} (in {@code Outer}).
     */
    public static String member(String className, String member) {
        String type = readable(className);
        if (type.startsWith(ANONYMOUS)) {
            return member + " in an " + type;
        }
        return type.isEmpty() ? member : type + "." + member;
    }

    /**
     * The name of a thrown exception's class as the first line of its traceback shows it: for an anonymous
     * class ({@code new RuntimeException("x") {}}), {@code anonymous RuntimeException}, after the class it
     * extends, which is all a learner wrote of it; otherwise {@link #readable} of its name.
     */
    public static String thrown(Class<?> type) {
        if ((type.isAnonymousClass() || type.getName().contains(UPGRADED_ANONYMOUS)) && type.getSuperclass() != null) {
            return "anonymous " + type.getSuperclass().getSimpleName();
        }
        return readable(type.getName());
    }

    /**
     * The parts of a cell's class name without its wrapper: {@code Outer$1} is anonymous in {@code Outer},
     * {@code 1Local} is {@code Local}, {@code $Name} (a name that starts with {@code $}) stays.
     */
    private static Parts parts(String name) {
        List<String> named = new ArrayList<>();
        boolean anonymous = false;
        String[] segments = name.split("\\$", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                if (i + 1 < segments.length && !segments[i + 1].isEmpty()
                        && Character.isJavaIdentifierStart(segments[i + 1].charAt(0))) {
                    segments[i + 1] = "$" + segments[i + 1]; // a name of its own that starts with $
                }
                continue;
            }
            int letters = 0;
            while (letters < segment.length() && Character.isDigit(segment.charAt(letters))) {
                letters++;
            }
            anonymous = letters == segment.length();
            if (!anonymous) {
                named.add(segment.substring(letters));
            }
        }
        return new Parts(named, anonymous);
    }
}
