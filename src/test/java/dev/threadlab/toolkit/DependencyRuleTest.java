package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The toolkit and display packages run in the user's JVM, so they may use only the JDK, each other and JUnit's API. */
final class DependencyRuleTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of("java.", "javax.", "com.sun.management.", "com.sun.net.httpserver.",
            "dev.threadlab.display.", "dev.threadlab.toolkit.",
            // the JDK's own XML parser (module java.xml), which SvgPng reads SVG with
            "org.w3c.dom.", "org.xml.sax.",
            // check cells assert with JUnit 5 (Check, Checks, Watchdog); the engine jar carries it
            "org.junit.jupiter.api.", "org.opentest4j.");

    @Test
    void toolkitAndDisplayImportOnlyTheJdkAndEachOther() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String pkg : List.of("toolkit", "display")) {
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/threadlab", pkg))) {
                for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String name = m.group(2);
                        if (ALLOWED.stream().noneMatch(name::startsWith)) {
                            violations.add(file.getFileName() + " imports " + name);
                        }
                    }
                }
            }
        }
        assertTrue(files > 10, "found only " + files + " source files; is the working directory the project?");
        assertEquals(List.of(), violations);
    }
}
