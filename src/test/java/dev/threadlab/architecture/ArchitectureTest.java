package dev.threadlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md, checked on the sources, in one place: the layers (which package may import
 * which, and that the stated arrows have no cycle), which libraries each package may use, what the packages
 * that run in the engine JVM may import at all, and which types of the facades are public.
 *
 * <p>A package is a directory under {@code dev/threadlab}, except that {@code lessons} is split by concern and
 * each of its sub-packages is a package of its own here ({@code lessons.notebook}, {@code lessons.grade}, …):
 * the arrows between them are stated like any other, and code outside {@code lessons} may import only the
 * entry points {@link #LESSONS_ENTRY_POINTS} names.
 */
final class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "threadlab");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Libraries each may be imported by these packages only. */
    private static final Map<String, Set<String>> LIBRARY_OWNERS = Map.ofEntries(
            Map.entry("org.zeromq", Set.of("transport")),
            Map.entry("zmq", Set.of("transport")),
            Map.entry("jdk.jshell", Set.of("engine", "agent", "wire")),
            Map.entry("com.fasterxml.jackson", Set.of("protocol", "lessons.notebook", "lessons.grade",
                    "lessons.progress")),
            // check cells are built on JUnit 5's Assertions, which run in the engine JVM
            Map.entry("org.junit", Set.of("toolkit")),
            Map.entry("org.opentest4j", Set.of("toolkit")),
            Map.entry("org.jline", Set.of("repl")),
            Map.entry("org.commonmark", Set.of("repl")),
            Map.entry("picocli", Set.of("cli")),
            Map.entry("org.eclipse.aether", Set.of("maven")),
            Map.entry("org.apache.maven", Set.of("maven")));

    /** Threadlab packages each package may import (besides itself). Anything else is an arrow the wrong way. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("display", Set.of()),
            // the toolkit writes check reports in the format the wire package defines
            Map.entry("toolkit", Set.of("display", "wire")),
            // the contract between kernel and engine (and the check-report format): the bottom layer both ends use
            Map.entry("wire", Set.of("display")),
            Map.entry("agent", Set.of("display", "toolkit", "wire")),
            Map.entry("protocol", Set.of("display")),
            Map.entry("transport", Set.of("protocol")),
            // the interpreter SPI every front end drives and every language implements: no wire format, no JShell
            Map.entry("interpreter", Set.of("display")),
            Map.entry("kernel", Set.of("interpreter", "protocol", "transport", "display")),
            // the engine speaks the wire contract (never the agent's classes); %threads renders a toolkit Table
            Map.entry("engine", Set.of("interpreter", "display", "wire", "toolkit")),
            // lessons, split by concern. The nbformat model (cells, outputs, metadata, Python-exact JSON) is the
            // bottom of it; lessons knows nothing of the engine or of the Jupyter wire format
            Map.entry("lessons.notebook", Set.of("display", "interpreter", "wire")),
            // the exercise format on top of the model: regions, hidden tests, hints, release and repair
            Map.entry("lessons.exercise", Set.of("lessons.notebook")),
            // running cells headless through the interpreter SPI (cli gives the runner its engines); knows no
            // notebook, only the cells it is given
            Map.entry("lessons.run", Set.of("display", "interpreter")),
            // grading: runs notebooks, scores from check reports (read with wire), reports with toolkit tables
            Map.entry("lessons.grade", Set.of("lessons.notebook", "lessons.exercise", "lessons.run", "interpreter",
                    "toolkit", "wire")),
            // validating a lesson is grading its source and its student copy, many times
            Map.entry("lessons.validate", Set.of("lessons.notebook", "lessons.exercise", "lessons.run",
                    "lessons.grade", "toolkit")),
            // the learner's progress: recorded from check reports as cells run, shown against the course map
            Map.entry("lessons.progress", Set.of("lessons.notebook", "interpreter", "toolkit", "wire")),
            // the terminal front end runs cells through the interpreter SPI, keeps the learner's notebooks
            // and progress with lessons and draws check reports it reads with wire
            Map.entry("repl", Set.of("interpreter", "display", "lessons.notebook", "lessons.progress", "wire")),
            // %maven is a magic (the interpreter SPI's LineMagic) that resolves in the kernel JVM
            Map.entry("maven", Set.of("interpreter")),
            Map.entry("cli", Set.of("protocol", "transport", "interpreter", "kernel", "engine", "display",
                    "lessons.notebook", "lessons.exercise", "lessons.run", "lessons.grade", "lessons.validate",
                    "lessons.progress", "repl", "maven")));

    /**
     * The types of each {@code lessons} sub-package that code outside {@code lessons} (cli, repl) may import:
     * the few entry points. Other public types there are public only for the sibling sub-packages.
     */
    private static final Map<String, Set<String>> LESSONS_ENTRY_POINTS = Map.of(
            "notebook", Set.of("Notebook", "NotebookCell", "NotebookOutput", "NotebookException"),
            "exercise", Set.of("Exercises", "ExerciseFormatException", "Release"),
            "run", Set.of("NotebookRunner"),
            "grade", Set.of("Grader", "GradeReport", "NotebookGrade", "Sources"),
            "validate", Set.of("Validator", "Validation", "ValidationReport"),
            "progress", Set.of("ProgressStore", "ProgressRecorder", "ProgressMagic", "CourseMap", "CourseProgress"));

    /**
     * What the packages that run in the engine JVM (whose class path holds only agent, wire, display, toolkit
     * and JUnit's API) may import at all: the JDK, each other, and for check cells JUnit 5.
     */
    private static final List<String> USER_JVM_IMPORTS = List.of("java.", "javax.", "com.sun.management.",
            "com.sun.net.httpserver.", "dev.threadlab.display.", "dev.threadlab.toolkit.",
            // the check-report format and the JSON escaper (the engine module carries wire but does not export it)
            "dev.threadlab.wire.",
            // the JDK's own XML parser (module java.xml), which SvgPng reads SVG with
            "org.w3c.dom.", "org.xml.sax.",
            // the Flight Recorder (module jdk.jfr), which RequestedSleeps reads the sleeps an answer asked for with
            "jdk.jfr.",
            // check cells assert with JUnit 5 (Check, Checks, Watchdog); the engine jar carries it
            "org.junit.jupiter.api.", "org.opentest4j.");
    private static final Map<String, List<String>> ENGINE_JVM_IMPORTS = Map.of(
            "toolkit", USER_JVM_IMPORTS,
            "display", USER_JVM_IMPORTS,
            "agent", List.of("java.", "javax.", "jdk.jshell.", "dev.threadlab.wire.", "dev.threadlab.display.",
                    "dev.threadlab.toolkit.", "dev.threadlab.agent."));

    /**
     * The public types of packages that are a small facade over package-private workers: anything else
     * public there is a way around the facade.
     */
    private static final Map<String, Set<String>> PUBLIC_TYPES = Map.ofEntries(
            // UnusedImports: a javac plug-in, which javac's service loader makes only of a public class
            Map.entry("engine", Set.of("JShellInterpreter", "Magics", "EngineOptions", "Confinement", "SandboxProbe",
                    "UnusedImports")),
            Map.entry("kernel", Set.of("Kernel", "KernelIdentity")),
            Map.entry("transport", Set.of("Transport", "ZmqTransport", "Channel", "Inbox")),
            // the entry points, and the types the sibling sub-packages use (records in the entry points' API)
            Map.entry("lessons.notebook", Set.of("Notebook", "NotebookCell", "NotebookOutput", "NotebookException",
                    "Grading", "ThreadlabMeta", "CellJson", "AtomicFiles")),
            Map.entry("lessons.exercise", Set.of("Exercises", "ExerciseFormatException", "Release", "Repair")),
            Map.entry("lessons.run", Set.of("NotebookRunner", "NotebookRun", "CellToRun", "CellResult", "CellOutcome",
                    "CapturedOutput")),
            Map.entry("lessons.grade", Set.of("Grader", "GradeReport", "NotebookGrade", "Sources", "CheckScore",
                    "CheckStatus", "Scoring", "NotebookCells")),
            Map.entry("lessons.validate", Set.of("Validator", "Validation", "ValidationReport", "CheckValidation")),
            Map.entry("lessons.progress", Set.of("ProgressStore", "ProgressRecorder", "ProgressMagic", "CourseMap",
                    "CourseProgress")));
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    /** An import of {@code file}, which is in package {@code pkg} as this test names packages. */
    private record Import(String pkg, Path file, String target) {}

    /** {@code lessons.grade} for {@code lessons/grade/...}; the top directory for any other. */
    private static String packageOf(List<String> parts) {
        return parts.get(0).equals("lessons") && parts.size() > 2 ? "lessons." + parts.get(1) : parts.get(0);
    }

    /** The package, named as {@link #packageOf}, of an imported {@code dev.threadlab} name. */
    private static String packageOfImport(String target) {
        List<String> parts = List.of(target.substring("dev.threadlab.".length()).split("\\."));
        return packageOf(parts);
    }

    private static List<Import> imports() throws IOException {
        List<Import> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> parts = new ArrayList<>();
                MAIN.relativize(file).forEach(part -> parts.add(part.toString()));
                String pkg = packageOf(parts);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(new Import(pkg, file, m.group(1)));
                }
            }
        }
        return found;
    }

    @Test
    void everyPackageHasItsArrowsStated() throws IOException {
        Set<String> packages;
        try (Stream<Path> dirs = Files.list(MAIN)) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals("lessons")).collect(Collectors.toCollection(TreeSet::new));
        }
        try (Stream<Path> dirs = Files.list(MAIN.resolve("lessons"))) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add("lessons." + d.getFileName()));
        }
        assertTrue(packages.size() > 15, "found too few packages to be meaningful: " + packages);
        // a new package states what it may import before it imports anything; a stated one still exists
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages,
                "the packages under " + MAIN + " must be exactly those whose arrows ALLOWED states");
    }

    @Test
    void lessonsHoldsOnlyItsSubPackages() throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve("lessons"))) {
            List<String> classes = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> f.getFileName().toString()).filter(name -> !name.equals("package-info.java")).toList();
            assertEquals(List.of(), classes, "a class of lessons belongs in the sub-package of its concern");
        }
    }

    @Test
    void outsideLessonsOnlyItsEntryPointsAreImported() throws IOException {
        List<String> violations = new ArrayList<>();
        int seen = 0;
        for (Import i : imports()) {
            if (i.pkg().startsWith("lessons.") || !i.target().startsWith("dev.threadlab.lessons.")) {
                continue;
            }
            seen++;
            String[] parts = i.target().substring("dev.threadlab.lessons.".length()).split("\\.");
            Set<String> entries = LESSONS_ENTRY_POINTS.getOrDefault(parts[0], Set.of());
            if (parts.length < 2 || !entries.contains(parts[1])) {
                violations.add(i.file() + " imports " + i.target() + " (lessons." + parts[0] + " offers only "
                        + new TreeSet<>(entries) + ")");
            }
        }
        assertTrue(seen > 10, "found only " + seen + " imports of lessons from outside; is the scan broken?");
        assertEquals(List.of(), violations);
    }

    @Test
    void theEntryPointsArePublicTypesOfTheirSubPackage() {
        LESSONS_ENTRY_POINTS.forEach((sub, entries) -> assertTrue(
                PUBLIC_TYPES.getOrDefault("lessons." + sub, Set.of()).containsAll(entries),
                "lessons." + sub + "'s entry points " + entries + " must be among its public types"));
    }

    @Test
    void librariesAreImportedOnlyByThePackageThatOwnsThem() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Import i : imports()) {
            LIBRARY_OWNERS.forEach((library, owners) -> {
                if (i.target().startsWith(library + ".") && !owners.contains(i.pkg())) {
                    violations.add(i.file() + " imports " + i.target() + " (only " + owners + " may)");
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packageArrowsGoOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Import> all = imports();
        assertTrue(all.size() > 20, "the scan found too few imports to be meaningful: " + all.size());
        for (Import i : all) {
            if (!i.target().startsWith("dev.threadlab.")) {
                continue;
            }
            String target = packageOfImport(i.target());
            Set<String> allowed = ALLOWED.getOrDefault(i.pkg(), Set.of());
            if (!target.equals(i.pkg()) && !allowed.contains(target)) {
                violations.add(i.file() + " imports " + i.target() + " (" + i.pkg() + " may use only " + allowed + ")");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theStatedArrowsFormLayersWithoutACycle() {
        List<String> cycles = new ArrayList<>();
        for (String start : ALLOWED.keySet()) {
            if (reaches(start, start, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "packages that could import themselves back through ALLOWED's arrows");
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : ALLOWED.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theEngineJvmsPackagesImportOnlyTheJdkEachOtherAndJUnit() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, List<String>> rule : ENGINE_JVM_IMPORTS.entrySet()) {
            try (Stream<Path> sources = Files.walk(MAIN.resolve(rule.getKey()))) {
                for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String name = m.group(1);
                        if (rule.getValue().stream().noneMatch(name::startsWith)) {
                            violations.add(file.getFileName() + " imports " + name + " (" + rule.getKey()
                                    + " runs in the engine JVM, which has only " + rule.getValue() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(files > 10, "found only " + files + " source files; is the working directory the project?");
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheTransportPackageMentionsZeroMq() throws IOException {
        Path transport = MAIN.resolve("transport");
        assertTrue(Files.isDirectory(transport), "run from the project directory; missing " + transport);
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> offenders = files
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().equals(transport))
                    .filter(file -> read(file).contains("org.zeromq"))
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void facadePackagesMakePublicOnlyTheirStatedTypes() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> rule : PUBLIC_TYPES.entrySet()) {
            Set<String> found = new TreeSet<>();
            try (Stream<Path> files = Files.list(MAIN.resolve(rule.getKey().replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = PUBLIC_TYPE.matcher(read(file));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
            if (!found.equals(new TreeSet<>(rule.getValue()))) {
                violations.add(rule.getKey() + " makes public " + found + ", its facade is " + new TreeSet<>(rule.getValue()));
            }
        }
        assertEquals(List.of(), violations);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
