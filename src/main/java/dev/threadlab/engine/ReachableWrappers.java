package dev.threadlab.engine;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Lists to javac, of the classes JShell compiled before, only those a cell's compiler task can reach.
 *
 * <p>Why: JShell's file manager lists the class file of every earlier snippet's wrapper ({@code REPL.$JShell$12}
 * and its nested classes) each time javac fills package {@code REPL}, once in every compiler task (4-6 a cell),
 * and javac makes a symbol of each: with {@link UnusedImports} dropping the imports a cell does not name, this
 * was the largest part left of what grows with the declarations before a cell (README, Performance).
 *
 * <p>What is listed: every class of package {@code REPL} that is no JShell wrapper; the wrappers named by the
 * task's units after {@link UnusedImports} (their remaining imports, and any {@code $JShell$N} in their text after
 * the imports); and, closed over, every wrapper named in the class files of a listed one (a method's result type
 * declared in another snippet, a superclass, a field's initializer). javac learns of a class of package {@code
 * REPL} only from those three places (a unit, a class file it reads, the package's listing), so what it can reach
 * is listed. A wrapper listed is listed with all its nested classes. An import of package {@code REPL} other than
 * JShell's own (say {@code import REPL.*;}) lists everything.
 *
 * <p>Only while {@link UnusedImports#during} runs (completion and inspection see everything), and only where
 * javac's class finder can be reached: its file manager is a private final field, replaced by reflection, which
 * needs {@code --add-opens jdk.compiler/com.sun.tools.javac.code} and {@code .api} (the jar's manifest grants
 * both). On JDK 26 and later, which warn when a
 * final field is set that way, and wherever the reach fails, everything is listed as JShell lists it (logged once
 * at DEBUG). One per javac context; a context serves one task at a time, so no locking but the shared cache.
 */
final class ReachableWrappers extends ForwardingJavaFileManager<JavaFileManager> {

    private static final System.Logger LOG = System.getLogger(ReachableWrappers.class.getName());
    private static final String PACKAGE = "REPL";
    private static final String WRAPPER_PREFIX = PACKAGE + ".$JShell$";
    private static final Pattern WRAPPER = Pattern.compile("\\$JShell\\$(\\d+)");
    /** Highest JDK whose class finder's field may be replaced without a warning (JEP 500 warns from 26 on). */
    private static final int LAST_QUIET_JDK = 25;
    private static final AtomicLong LEFT_OUT = new AtomicLong();
    /** What each class file of a wrapper names, read once (the file objects are JShell's, one per compilation). */
    private static final Map<JavaFileObject, Named> NAMED = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile Reach reach;

    /**
     * javac's class finder, how to get it from a task, its file manager field, and the field of javac's wrapper
     * around each file JShell lists (new at every listing) that holds JShell's own (the same every time); all
     * null when closed.
     */
    private record Reach(Method context, Method finder, Field fileManager, Field listedFile) {}

    /** A class file of a wrapper: the wrapper's number, and the numbers of the wrappers its bytes name. */
    private record Named(String wrapper, Set<String> names) {}

    /** The wrappers this task's units name; null while the task is no cell's (everything is listed). */
    private Set<String> wanted;

    private ReachableWrappers(JavaFileManager listed) {
        super(listed);
    }

    /**
     * This task's listing, told whether the task is a cell's; null when the task is no cell's and was never one's
     * (or javac cannot be reached): then there is nothing to do for it.
     */
    static ReachableWrappers forTask(JavacTask task, boolean cell) {
        Reach handles = reach();
        if (handles == null) {
            return null;
        }
        try {
            Object finder = handles.finder().invoke(null, handles.context().invoke(task));
            Object fileManager = handles.fileManager().get(finder);
            ReachableWrappers listing;
            if (fileManager instanceof ReachableWrappers ours) {
                listing = ours;
            } else if (cell && fileManager instanceof JavaFileManager jshells) {
                listing = new ReachableWrappers(jshells);
                handles.fileManager().set(finder, listing);
            } else {
                return null;
            }
            listing.wanted = cell ? new HashSet<>() : null;
            return listing;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "javac's class finder cannot be reached: everything is listed", e);
            reach = new Reach(null, null, null, null);
            return null;
        }
    }

    /** How many class files were left out of javac's listings in this JVM so far (for tests and logs). */
    static long leftOut() {
        return LEFT_OUT.get();
    }

    /** Notes the wrappers {@code unit} names, once {@link UnusedImports} has dropped what it does not. */
    void want(CompilationUnitTree unit, JavacTask task) {
        if (wanted == null) {
            return;
        }
        for (ImportTree imported : unit.getImports()) {
            String name = imported.getQualifiedIdentifier().toString();
            if (name.startsWith(PACKAGE + ".")) {
                Matcher wrapper = WRAPPER.matcher(name);
                if (!wrapper.find()) {
                    wanted = null; // an import of the package itself: list everything
                    return;
                }
                wanted.add(wrapper.group(1));
            }
        }
        try {
            CharSequence text = unit.getSourceFile().getCharContent(true);
            Matcher named = WRAPPER.matcher(text).region(afterImports(unit, task, text.length()), text.length());
            while (named.find()) {
                wanted.add(named.group(1));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "a unit's text cannot be read: everything is listed", e);
            wanted = null;
        }
    }

    /** Where the unit's first type begins (its imports are read from the tree, where dropped ones are gone). */
    private static int afterImports(CompilationUnitTree unit, JavacTask task, int length) {
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        long start = length;
        for (Tree type : unit.getTypeDecls()) {
            long at = positions.getStartPosition(unit, type);
            start = at < 0 ? 0 : Math.min(start, at);
        }
        return unit.getTypeDecls().isEmpty() ? 0 : (int) start;
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
        if (wanted == null || location != StandardLocation.CLASS_PATH || !packageName.equals(PACKAGE)) {
            return listed;
        }
        try {
            return reachable(location, listed);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "a class file of package REPL cannot be read: everything is listed", e);
            return listed;
        }
    }

    private List<JavaFileObject> reachable(Location location, Iterable<JavaFileObject> listed) throws IOException {
        List<JavaFileObject> all = new ArrayList<>();
        List<Named> names = new ArrayList<>();
        for (JavaFileObject file : listed) {
            all.add(file);
            names.add(named(location, file));
        }
        Set<String> reached = reached(names);
        List<JavaFileObject> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            String wrapper = names.get(i).wrapper();
            if (wrapper == null || reached.contains(wrapper)) {
                kept.add(all.get(i));
            }
        }
        LEFT_OUT.addAndGet(all.size() - kept.size());
        return kept;
    }

    /**
     * The wanted wrappers and every wrapper their class files name, and theirs, and so on: passes over the listing
     * until one adds nothing (a cell's reach is seldom more than two steps deep).
     */
    private Set<String> reached(List<Named> names) {
        Set<String> reached = new HashSet<>(wanted);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Named file : names) {
                if (file.wrapper() != null && reached.contains(file.wrapper())) {
                    grew |= reached.addAll(file.names());
                }
            }
        }
        return reached;
    }

    /** What {@code file} names if it is a wrapper's class file (a null wrapper when it is none), read once. */
    private Named named(Location location, JavaFileObject file) throws IOException {
        JavaFileObject jshells = jshells(file);
        Named known = NAMED.get(jshells);
        if (known != null) {
            return known;
        }
        String binaryName = inferBinaryName(location, file);
        Named named = new Named(null, Set.of());
        if (binaryName != null && binaryName.startsWith(WRAPPER_PREFIX)
                && file.getKind() == JavaFileObject.Kind.CLASS) {
            Matcher own = WRAPPER.matcher(binaryName);
            own.find();
            named = new Named(own.group(1), wrappersIn(file));
        }
        NAMED.put(jshells, named);
        return named;
    }

    /** The file JShell listed, which javac wraps anew at every listing: the key that stays the same. */
    private static JavaFileObject jshells(JavaFileObject listed) {
        try {
            Field inside = reach.listedFile();
            return inside.getDeclaringClass().isInstance(listed) ? (JavaFileObject) inside.get(listed) : listed;
        } catch (IllegalAccessException | RuntimeException e) {
            return listed;
        }
    }

    /** The numbers of the wrappers a class file names anywhere (its constant pool holds every class it uses). */
    private static Set<String> wrappersIn(JavaFileObject file) throws IOException {
        try (InputStream in = file.openInputStream()) {
            Matcher named = WRAPPER.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            Set<String> wrappers = new HashSet<>();
            while (named.find()) {
                wrappers.add(named.group(1));
            }
            return wrappers;
        }
    }

    private static Reach reach() {
        Reach handles = reach;
        if (handles == null) {
            synchronized (ReachableWrappers.class) {
                if (reach == null) {
                    reach = open();
                }
                handles = reach;
            }
        }
        return handles.fileManager() == null ? null : handles;
    }

    private static Reach open() {
        if (Runtime.version().feature() > LAST_QUIET_JDK) {
            LOG.log(System.Logger.Level.DEBUG, "JDK {0} warns when a final field is set: everything is listed",
                    Runtime.version().feature());
            return new Reach(null, null, null, null);
        }
        try {
            ClassLoader javac = JavacTask.class.getClassLoader();
            Class<?> contextType = Class.forName("com.sun.tools.javac.util.Context", false, javac);
            Method context = Class.forName("com.sun.tools.javac.api.BasicJavacTask", false, javac)
                    .getMethod("getContext");
            Class<?> finderType = Class.forName("com.sun.tools.javac.code.ClassFinder", false, javac);
            Method finder = finderType.getMethod("instance", contextType);
            Field fileManager = JShellInternals.field(finderType, "fileManager");
            Field listedFile = JShellInternals.field(
                    Class.forName("com.sun.tools.javac.api.ClientCodeWrapper$WrappedFileObject", false, javac),
                    "clientFileObject");
            return new Reach(context, finder, fileManager, listedFile);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "javac's class finder is closed: everything is listed", e);
            return new Reach(null, null, null, null);
        }
    }
}
