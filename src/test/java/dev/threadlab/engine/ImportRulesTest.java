package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The agent runs inside the engine JVM, whose class path holds only agent, wire, display and toolkit. */
final class ImportRulesTest {

    @Test
    void theAgentImportsOnlyTheJdkAndTheWireDisplayAndToolkitPackages() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/threadlab/agent"))) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> !l.matches("import (static )?(java|javax|jdk\\.jshell)\\..*")
                                    && !l.startsWith("import dev.threadlab.wire.")
                                    && !l.startsWith("import dev.threadlab.display.")
                                    && !l.startsWith("import dev.threadlab.toolkit.")
                                    && !l.startsWith("import dev.threadlab.agent."))
                            .map(l -> f.getFileName() + ": " + l))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void onlyEngineAgentAndWireImportJShell() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/threadlab"))) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/engine/") && !f.toString().contains("/agent/")
                            && !f.toString().contains("/wire/"))
                    .filter(f -> lines(f).stream().anyMatch(l -> l.startsWith("import jdk.jshell")))
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
