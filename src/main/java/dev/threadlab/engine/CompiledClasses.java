package dev.threadlab.engine;

import static dev.threadlab.engine.JShellInternals.field;

import java.util.Collection;
import java.util.Map;
import jdk.jshell.JShell;

/**
 * The class files JShell keeps of what it compiled, made to forget those of snippets the kernel dropped.
 *
 * <p>Why: JShell's file manager keeps the class file of every snippet it ever compiled, dropped ones too, and
 * lists all of them to javac for each of the 5-8 compilations of a cell (javac enters each into its symbol
 * table, JShell removes each again afterwards). So the temporaries ({@code $1}, {@code $2}, …) the kernel drops
 * still slowed every later cell: in-process, {@code 1 + 1} took 14.1 ms of CPU after 500 such cells against
 * 10.0 ms with their class files forgotten (README, Performance).
 *
 * <p>JShell has no API for this, so the map is reached by reflection, which needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the jar's manifest grants it to {@code java -jar}).
 * Where that is not granted, or a JDK names its fields otherwise, nothing is forgotten and JShell works as
 * it always did, only slower. Not thread-safe (as JShell).
 */
final class CompiledClasses {

    private static final System.Logger LOG = System.getLogger(CompiledClasses.class.getName());

    /** JShell's class files by binary name, or null when they cannot be reached. */
    private final Map<?, ?> classFiles;

    private CompiledClasses(Map<?, ?> classFiles) {
        this.classFiles = classFiles;
    }

    /** The class files of {@code jshell}; forgets nothing when they cannot be reached (logged at DEBUG). */
    static CompiledClasses of(JShell jshell) {
        try {
            Object taskFactory = field(JShell.class, "taskFactory").get(jshell);
            Object fileManager = field(taskFactory.getClass(), "fileManager").get(taskFactory);
            Object classFiles = field(fileManager.getClass(), "classObjects").get(fileManager);
            if (classFiles instanceof Map<?, ?> map) {
                return new CompiledClasses(map);
            }
            LOG.log(System.Logger.Level.DEBUG, "JShell's class files are no map here: {0}", classFiles);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "JShell's class files cannot be reached; dropped snippets' stay", e);
        }
        return new CompiledClasses(null);
    }

    /** Whether {@link #forget} does anything (JShell's class files could be reached). */
    boolean reachable() {
        return classFiles != null;
    }

    /** How many class files JShell keeps, or -1 when they cannot be reached. */
    int size() {
        return classFiles == null ? -1 : classFiles.size();
    }

    /**
     * Forgets the class files of the classes named {@code classNames} (binary names, as
     * {@code SnippetWrapper.fullClassName()}) and of the classes nested in them. Only for dropped snippets.
     */
    void forget(Collection<String> classNames) {
        if (classFiles == null || classNames.isEmpty()) {
            return;
        }
        for (String name : classNames) {
            classFiles.remove(name);
            classFiles.keySet().removeIf(key -> key instanceof String nested && nested.startsWith(name + "$"));
        }
    }
}
