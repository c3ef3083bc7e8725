package dev.threadlab.engine;

import static dev.threadlab.engine.JShellInternals.constructor;
import static dev.threadlab.engine.JShellInternals.field;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * The wrapped sources JShell keeps, with their import preludes reduced to blank lines once compiled.
 *
 * <p>Why: JShell compiles each snippet inside a class whose source begins with {@code package REPL;} and an
 * import of every declaration active at the time, and it keeps that text with every snippet it ever saw (and
 * with every wrapper class it generated), twice: as the wrapper's first part and inside their concatenation.
 * So the text kept grows as the square of the declarations: after 1,000 declaring cells, 75 MB of the kernel's
 * 131 MB live heap were these preludes (README, Performance). Once a snippet is compiled, its wrapper is only
 * read to map positions and lines between the snippet and the wrapped text (diagnostics, stack traces,
 * {@code SourceCodeAnalysis.wrapper}); a recompilation wraps anew. A prelude of blank lines keeps every line
 * number and maps positions consistently (offsets are counted in the new text), in a few bytes. Once slimmed,
 * a prelude is shorter than {@value #WORTH_SLIMMING} characters, so it is not slimmed again.
 *
 * <p>JShell has no API for this: its wrappers are reached by reflection, which needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the jar's manifest grants it to {@code java -jar}).
 * Where that is not granted, or a JDK shapes these classes otherwise, nothing changes and JShell keeps its
 * text as it always did. Not thread-safe (as JShell): between evaluations only.
 */
final class WrapperPreludes {

    private static final System.Logger LOG = System.getLogger(WrapperPreludes.class.getName());
    private static final String PRELUDE = "package REPL;";
    /** Preludes shorter than this (few declarations) are left as they are: nothing to gain. */
    static final int WORTH_SLIMMING = 512;

    private final JShell jshell;
    private final Reach reach;

    /** The reflective handles on JShell's wrappers; null fields never occur (then there is no Reach). */
    private record Reach(Field snippetOuter, Field outerWrap, Field parts, Map<Object, Object> classOuters,
            Class<?> plainOuter, Constructor<?> plainOuterNew, Class<?> classOuter, Constructor<?> classOuterNew,
            Field className, Field wrapToSnippet, Class<?> compound, Constructor<?> compoundNew) {}

    private WrapperPreludes(JShell jshell, Reach reach) {
        this.jshell = jshell;
        this.reach = reach;
    }

    /** The wrappers of {@code jshell}; changes nothing when they cannot be reached (logged at DEBUG). */
    static WrapperPreludes of(JShell jshell) {
        try {
            ClassLoader loader = JShell.class.getClassLoader();
            Class<?> plainOuter = Class.forName("jdk.jshell.OuterWrap", false, loader);
            Class<?> classOuter = Class.forName("jdk.jshell.OuterSnippetsClassWrap", false, loader);
            Class<?> wrap = Class.forName("jdk.jshell.Wrap", false, loader);
            Class<?> compound = Class.forName("jdk.jshell.Wrap$CompoundWrap", false, loader);
            Object outerMap = field(JShell.class, "outerMap").get(jshell);
            if (!(field(outerMap.getClass(), "classOuters").get(outerMap) instanceof Map<?, ?> classOuters)) {
                throw new NoSuchFieldException("OuterWrapMap.classOuters is no map");
            }
            @SuppressWarnings("unchecked")
            Map<Object, Object> outers = (Map<Object, Object>) classOuters;
            return new WrapperPreludes(jshell, new Reach(field(Snippet.class, "outer"), field(plainOuter, "w"),
                    field(compound, "os"), outers, plainOuter, constructor(plainOuter, wrap), classOuter,
                    constructor(classOuter, String.class, compound, List.class, List.class),
                    field(classOuter, "className"), field(classOuter, "wrapToSnippet"), compound,
                    constructor(compound, Object[].class)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "JShell's wrappers cannot be reached; their preludes stay", e);
            return new WrapperPreludes(jshell, null);
        }
    }

    /** Whether {@link #slim} does anything (JShell's wrappers could be reached). */
    boolean reachable() {
        return reach != null;
    }

    /**
     * Gives every wrapper JShell keeps (of snippets and of generated classes) whose prelude is still whole a
     * prelude of as many blank lines. Between evaluations.
     *
     * @return how many wrappers were slimmed
     */
    int slim() {
        if (reach == null) {
            return 0;
        }
        Map<Object, Object> slimmed = new IdentityHashMap<>();
        try {
            for (Map.Entry<Object, Object> entry : reach.classOuters().entrySet()) {
                Object slim = slimmed(entry.getValue(), slimmed);
                if (slim != null) {
                    entry.setValue(slim);
                }
            }
            for (Snippet snippet : jshell.snippets().toList()) {
                Object slim = slimmed(reach.snippetOuter().get(snippet), slimmed);
                if (slim != null) {
                    reach.snippetOuter().set(snippet, slim);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Each replacement is whole and equivalent, so whatever was replaced before this stays right.
            LOG.log(System.Logger.Level.DEBUG, "slimming JShell's wrappers failed", e);
        }
        return slimmed.size();
    }

    /** The slim copy of {@code outer}, or null when it is none to slim. */
    private Object slimmed(Object outer, Map<Object, Object> done) throws ReflectiveOperationException {
        if (outer == null) {
            return null;
        }
        Object known = done.get(outer);
        if (known != null) {
            return known;
        }
        Class<?> kind = outer.getClass();
        if (kind != reach.plainOuter() && kind != reach.classOuter()) {
            return null; // an import's wrapper: no prelude
        }
        Object wrap = reach.outerWrap().get(outer);
        if (!reach.compound().isInstance(wrap)
                || !(reach.parts().get(wrap) instanceof Object[] parts) || parts.length == 0
                || !(parts[0] instanceof String first) || first.length() < WORTH_SLIMMING
                || !first.startsWith(PRELUDE)) {
            return null;
        }
        Object[] slimParts = parts.clone();
        slimParts[0] = blankPrelude(first);
        Object compound = reach.compoundNew().newInstance((Object) slimParts);
        Object slim;
        if (kind == reach.classOuter()) {
            Map<?, ?> wrapToSnippet = (Map<?, ?>) reach.wrapToSnippet().get(outer);
            slim = reach.classOuterNew().newInstance(reach.className().get(outer), compound,
                    List.copyOf(wrapToSnippet.values()), List.copyOf(wrapToSnippet.keySet()));
        } else {
            slim = reach.plainOuterNew().newInstance(compound);
        }
        done.put(outer, slim);
        return slim;
    }

    /**
     * {@code first} with every line between its first ({@code package REPL;}) and its last (the class header)
     * emptied: the same lines, few bytes. The first line stays: JShell counts a wrapper's lines from the first
     * newline past index 0 and stops at one at index 0, so a text beginning with a newline would count none.
     */
    static String blankPrelude(String first) {
        int afterPackage = first.indexOf('\n') + 1;
        int header = first.lastIndexOf('\n', first.length() - 2) + 1;
        if (afterPackage <= 0 || header <= afterPackage) {
            return first;
        }
        long lines = first.chars().skip(afterPackage).limit(header - afterPackage).filter(c -> c == '\n').count();
        return first.substring(0, afterPackage) + "\n".repeat((int) lines) + first.substring(header);
    }
}
