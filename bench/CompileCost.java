import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * What JShell's compiler does for a kernel cell, counted in-process: javac tasks, file manager list() calls and
 * the calling thread's CPU time, for several JShell set-ups side by side in one JVM (a cell of each in turn).
 * The compile half of a cell only (user code runs in a JShell "local" engine here; the kernel's runs in the
 * engine JVM). Run by hand, with the kernel's class path (for the toolkit's imports):
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m -cp target/threadlab-all.jar bench/CompileCost.java 300 plain
 * java --add-exports jdk.jshell/jdk.internal.jshell.debug=ALL-UNNAMED -DcountTasks=true \
 *      -cp target/threadlab-all.jar bench/CompileCost.java 300 plain options=-g:none
 * </pre>
 *
 * With {@code -Dtrivial=true} every cell is {@code 1 + 1} instead (nothing accumulates).
 * Counting the tasks turns on JShell's debug output, whose formatting costs CPU and memory of its own: read the
 * CPU and the allocation from a run without {@code -DcountTasks=true}.
 *
 * Each variant after the cell count is {@code plain}, {@code options=a,b} (JShell.Builder.compilerOptions), or
 * {@code prune} (forgets the class files of the dropped temporaries; needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED}).
 * Cells are the same as bench/growth.py's: {@code int vN = N;} then {@code vN + 1}, split as the kernel splits.
 */
public class CompileCost {

    static final List<String> IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*",
            "java.util.concurrent.*", "java.util.concurrent.atomic.*", "java.util.concurrent.locks.*",
            "java.util.function.*", "java.util.regex.*", "java.util.stream.*",
            "dev.threadlab.display.*", "dev.threadlab.toolkit.*", "org.junit.jupiter.api.Assertions");

    static final boolean TRIVIAL = Boolean.getBoolean("trivial");
    static final boolean COUNT_TASKS = Boolean.getBoolean("countTasks");
    static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static final class Variant {
        final String name;
        final JShell jshell;
        int dropTasks;
        final ByteArrayOutputStream debug = new ByteArrayOutputStream();
        final AtomicLong lists = new AtomicLong();
        final Map<String, Long> listsByLocation = new TreeMap<>();
        final List<long[]> cells = new ArrayList<>(); // cpu ns split, cpu ns eval, tasks split, tasks eval, lists, bytes allocated

        Variant(String spec) throws Exception {
            name = spec;
            JShell.Builder builder = JShell.builder()
                    .executionEngine("local")
                    .in(InputStream.nullInputStream())
                    .out(new PrintStream(OutputStream.nullOutputStream()))
                    .err(new PrintStream(debug, true))
                    .fileManager(this::counting);
            if (spec.startsWith("options=")) {
                builder.compilerOptions(spec.substring("options=".length()).split(","));
            }
            jshell = builder.build();
            jshell.addToClasspath(System.getProperty("java.class.path"));
            if (COUNT_TASKS) { // JShell's file manager debug output names every javac task it starts (costly itself)
                Class.forName("jdk.internal.jshell.debug.InternalDebugControl")
                        .getMethod("setDebugFlags", JShell.class, int.class).invoke(null, jshell, 0b10);
            }
            for (String name : IMPORTS) {
                jshell.eval("import " + name + ";");
            }
            jshell.eval("1 + 1");
        }

        /** Forgets the class files of dropped snippets, which JShell keeps and lists to javac for every task. */
        @SuppressWarnings("unchecked")
        void prune(List<String> classes) {
            try {
                var taskFactory = JShell.class.getDeclaredField("taskFactory");
                taskFactory.setAccessible(true);
                Object factory = taskFactory.get(jshell);
                var fileManager = factory.getClass().getDeclaredField("fileManager");
                fileManager.setAccessible(true);
                Object memory = fileManager.get(factory);
                var classObjects = memory.getClass().getDeclaredField("classObjects");
                classObjects.setAccessible(true);
                Map<String, ?> objects = (Map<String, ?>) classObjects.get(memory);
                for (String c : classes) {
                    objects.keySet().removeIf(k -> k.equals(c) || k.startsWith(c + "$"));
                }
                if (objects.size() > 2 * cells.size() + 100 && cells.size() % 100 == 99) {
                    System.err.println("prune: " + objects.size() + " class files kept, e.g. " + objects.keySet().stream().limit(5).toList() + " " + classes);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        StandardJavaFileManager counting(StandardJavaFileManager standard) {
            return new ForwardingStandardFileManager(standard, this);
        }

        int tasks() {
            String text = debug.toString();
            debug.reset();
            int count = 0;
            for (int at = text.indexOf("Task ("); at >= 0; at = text.indexOf("Task (", at + 1)) {
                count++;
            }
            return count;
        }

        void cell(String code) {
            tasks();
            long lists0 = lists.get();
            long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
            long t0 = THREADS.getCurrentThreadCpuTime();
            List<Snippet> temporaries = jshell.snippets()
                    .filter(s -> s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND && jshell.status(s).isActive())
                    .toList();
            List<String> classes = temporaries.stream()
                    .map(s -> jshell.sourceCodeAnalysis().wrapper(s).fullClassName())
                    .toList();
            temporaries.forEach(jshell::drop);
            if (name.equals("prune")) {
                prune(classes);
            }
            dropTasks = tasks();
            List<String> pieces = split(jshell.sourceCodeAnalysis(), code);
            long t1 = THREADS.getCurrentThreadCpuTime();
            int splitTasks = tasks() + dropTasks;
            for (String piece : pieces) {
                jshell.eval(piece);
            }
            long t2 = THREADS.getCurrentThreadCpuTime();
            long bytes = THREADS.getCurrentThreadAllocatedBytes() - bytes0;
            cells.add(new long[] {t1 - t0, t2 - t1, splitTasks, tasks(), lists.get() - lists0, bytes});
        }
    }

    /** The kernel's CellSplitter, in short. */
    static List<String> split(SourceCodeAnalysis analysis, String code) {
        List<String> pieces = new ArrayList<>();
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete() || info.source() == null) {
                pieces.add(rest);
                break;
            }
            pieces.add(info.source());
            rest = info.remaining();
        }
        return pieces;
    }

    /** Counts list() calls by location, and forwards everything. */
    static final class ForwardingStandardFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
            implements StandardJavaFileManager {
        private final Variant variant;

        ForwardingStandardFileManager(StandardJavaFileManager standard, Variant variant) {
            super(standard);
            this.variant = variant;
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                boolean recurse) throws java.io.IOException {
            variant.lists.incrementAndGet();
            variant.listsByLocation.merge(location.getName(), 1L, Long::sum);
            return super.list(location, packageName, kinds, recurse);
        }

        @Override
        public boolean isSameFile(javax.tools.FileObject a, javax.tools.FileObject b) {
            return fileManager.isSameFile(a, b);
        }

        @Override
        public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends java.io.File> files) {
            return fileManager.getJavaFileObjectsFromFiles(files);
        }

        @Override
        public Iterable<? extends JavaFileObject> getJavaFileObjects(java.io.File... files) {
            return fileManager.getJavaFileObjects(files);
        }

        @Override
        public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
            return fileManager.getJavaFileObjectsFromStrings(names);
        }

        @Override
        public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
            return fileManager.getJavaFileObjects(names);
        }

        @Override
        public void setLocation(Location location, Iterable<? extends java.io.File> files) throws java.io.IOException {
            fileManager.setLocation(location, files);
        }

        @Override
        public Iterable<? extends java.io.File> getLocation(Location location) {
            return fileManager.getLocation(location);
        }
    }

    public static void main(String[] args) throws Exception {
        int cells = Integer.parseInt(args[0]);
        int every = Math.min(100, cells);
        List<Variant> variants = new ArrayList<>();
        for (String spec : Arrays.copyOfRange(args, 1, args.length)) {
            variants.add(new Variant(spec));
        }
        for (int i = 0; i < 20; i++) { // warm-up, not counted
            for (Variant v : variants) {
                v.cell("int w" + i + " = " + i + ";\nw" + i + " + 1");
                v.cells.clear();
            }
        }
        System.out.println("| variant | cells run | CPU ms/cell p50 (split + eval) | javac tasks/cell (split + eval) | list() calls/cell | MB allocated/cell |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < cells; i++) {
            for (Variant v : variants) {
                v.cell(TRIVIAL ? "1 + 1" : "int v" + i + " = " + i + ";\nv" + i + " + 1");
            }
            if ((i + 1) % every == 0) {
                for (Variant v : variants) {
                    List<long[]> block = v.cells.subList(v.cells.size() - every, v.cells.size());
                    System.out.printf("| %s | %d | %.1f (%.1f + %.1f) | %.1f + %.1f | %.1f | %.1f |%n", v.name, i + 1,
                            median(block, c -> c[0] + c[1]) / 1e6, median(block, c -> c[0]) / 1e6,
                            median(block, c -> c[1]) / 1e6, mean(block, c -> c[2]), mean(block, c -> c[3]),
                            mean(block, c -> c[4]), mean(block, c -> c[5]) / 1e6);
                }
            }
        }
        for (Variant v : variants) {
            System.out.println(v.name + ": list() calls by location over the whole run " + v.listsByLocation);
        }
    }

    static double median(List<long[]> cells, java.util.function.ToLongFunction<long[]> f) {
        long[] values = cells.stream().mapToLong(f).sorted().toArray();
        return values[values.length / 2];
    }

    static double mean(List<long[]> cells, java.util.function.ToLongFunction<long[]> f) {
        return cells.stream().mapToLong(f).average().orElse(0);
    }
}
