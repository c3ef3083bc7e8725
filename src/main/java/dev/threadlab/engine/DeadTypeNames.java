package dev.threadlab.engine;

import static dev.threadlab.engine.JShellInternals.field;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.TypeDeclSnippet;

/**
 * JShell's table of the class names it was given, with the names whose class is gone (dropped, or never
 * compiled) taken out of it.
 *
 * <p>Why: JShell 25 (not 17) writes the types it infers into its wrappers (a {@code var}'s type, the supertype of
 * an anonymous class it turns into a member class) through a check of every class name in this table against
 * the snippet now declaring it. A name whose class was dropped or did not compile has no such snippet, the check
 * throws, and JShell quietly writes {@code java.lang.Object} instead, in every later compilation until a class of
 * that name compiles again: {@code var r = new Runnable() {...};} reads "interface expected here", a {@code var}
 * of an anonymous {@code Thread} is no {@code Thread} ("$1 cannot be converted to java.lang.Thread"), every
 * {@code var}'s type reads {@code java.lang.Object}, and inspection finds no documentation. In plain jshell:
 * <pre>
 * class A {}
 * /drop A
 * var r = new Runnable() { public void run() {} };   // Error: interface expected here
 * </pre>
 * and the same after {@code class B { int x = "a"; }}. Besides that check, JShell reads the table only to find a
 * name's entry when a class of that name is declared again, and it treats a gone class's entry as new anyway: a
 * class declared again after its name was taken out compiles and updates its dependents as before (only its
 * snippet id is new).
 *
 * <p>JShell has no API for this: the table is reached by reflection, which needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the jar's manifest grants it to {@code java -jar}).
 * Where that is not granted, or a JDK shapes these classes otherwise, nothing changes. Not thread-safe (as
 * JShell): between evaluations only.
 */
final class DeadTypeNames {

    private static final System.Logger LOG = System.getLogger(DeadTypeNames.class.getName());

    private final JShell jshell;
    /** JShell's class names to their keys, or null when it cannot be reached. */
    private final Map<?, ?> names;

    private DeadTypeNames(JShell jshell, Map<?, ?> names) {
        this.jshell = jshell;
        this.names = names;
    }

    /** The class names of {@code jshell}; changes nothing when they cannot be reached (logged at DEBUG). */
    static DeadTypeNames of(JShell jshell) {
        try {
            Object keys = field(JShell.class, "keyMap").get(jshell);
            if (field(keys.getClass(), "classMap").get(keys) instanceof Map<?, ?> names) {
                return new DeadTypeNames(jshell, names);
            }
            throw new NoSuchFieldException("KeyMap.classMap is no map");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "JShell's class names cannot be reached; gone classes stay in them", e);
            return new DeadTypeNames(jshell, null);
        }
    }

    /** Whether {@link #forget} does anything (JShell's class names could be reached). */
    boolean reachable() {
        return names != null;
    }

    /** Takes the names of classes that are gone out of JShell's table; answers how many. */
    int forget() {
        if (names == null || names.isEmpty()) {
            return 0;
        }
        Set<String> active = jshell.types().map(TypeDeclSnippet::name).collect(Collectors.toSet());
        int before = names.size();
        names.keySet().retainAll(active);
        return before - names.size();
    }
}
