package dev.threadlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on the sources: each room imports only what it may. */
final class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "threadlab");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Libraries each may be imported by these packages only. */
    private static final Map<String, Set<String>> LIBRARY_OWNERS = Map.ofEntries(
            Map.entry("org.zeromq", Set.of("transport")),
            Map.entry("zmq", Set.of("transport")),
            Map.entry("jdk.jshell", Set.of("engine", "agent", "wire")),
            Map.entry("com.fasterxml.jackson", Set.of("protocol", "lessons")),
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
            Map.entry("toolkit", Set.of("display")),
            // the contract between kernel and engine: the bottom layer both ends use
            Map.entry("wire", Set.of("display")),
            Map.entry("agent", Set.of("display", "toolkit", "wire")),
            Map.entry("protocol", Set.of("display")),
            Map.entry("transport", Set.of("protocol")),
            // the interpreter SPI every front end drives and every language implements: no wire format, no JShell
            Map.entry("interpreter", Set.of("display")),
            Map.entry("kernel", Set.of("interpreter", "protocol", "transport", "display")),
            // the engine speaks the wire contract (never the agent's classes); %threads renders a toolkit Table
            Map.entry("engine", Set.of("interpreter", "display", "wire", "toolkit")),
            // lessons runs notebooks through the interpreter SPI (the runner still builds its engine) and
            // renders reports with toolkit tables; it knows nothing of the Jupyter wire format
            Map.entry("lessons", Set.of("interpreter", "engine", "display", "toolkit")),
            // the terminal front end runs cells through the interpreter SPI and keeps the learner's notebooks
            // and progress with lessons
            Map.entry("repl", Set.of("interpreter", "display", "lessons")),
            // %maven is a magic (engine's LineMagic) that resolves in the kernel JVM
            Map.entry("maven", Set.of("interpreter", "engine")),
            Map.entry("cli", Set.of("protocol", "transport", "interpreter", "kernel", "engine", "display", "lessons", "repl",
                    "maven")));

    private record Import(String pkg, Path file, String target) {}

    private static List<Import> imports() throws IOException {
        List<Import> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
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
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(packages.size() > 10, "found too few packages to be meaningful: " + packages);
        // a new package states what it may import before it imports anything; a stated one still exists
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages,
                "the packages under " + MAIN + " must be exactly those whose arrows ALLOWED states");
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
            String target = i.target().substring("dev.threadlab.".length()).split("\\.")[0];
            Set<String> allowed = ALLOWED.getOrDefault(i.pkg(), Set.of());
            if (!target.equals(i.pkg()) && !allowed.contains(target)) {
                violations.add(i.file() + " imports " + i.target() + " (" + i.pkg() + " may use only " + allowed + ")");
            }
        }
        assertEquals(List.of(), violations);
    }
}
