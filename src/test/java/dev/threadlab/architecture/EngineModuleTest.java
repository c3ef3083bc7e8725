package dev.threadlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine module (src/engine/module-info.java) requires every JDK module that the code in it imports
 * from. A missing one compiles (the classes are compiled on the class path) and then fails only in the
 * engine, at run time, often where a failure is caught on purpose (a chart without its PNG).
 */
final class EngineModuleTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "threadlab");
    private static final Set<String> ENGINE_PACKAGES = Set.of("agent", "wire", "display", "toolkit");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?((?:java|javax|jdk|com\\.sun|sun)\\.[\\w.]+)\\.\\w+;",
            Pattern.MULTILINE);
    private static final Pattern REQUIRES = Pattern.compile("^\\s*requires\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void theEngineModuleRequiresEveryJdkModuleItsCodeImportsFrom() throws IOException {
        Map<String, String> moduleOfPackage = ModuleLayer.boot().modules().stream()
                .flatMap(m -> m.getPackages().stream().map(p -> Map.entry(p, m.getName())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Set<String> needed = new TreeSet<>();
        for (String room : ENGINE_PACKAGES) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(room))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String pkg = m.group(1);
                        // an import of a nested class names its outer class: strip segments until a package
                        while (!moduleOfPackage.containsKey(pkg) && pkg.contains(".")) {
                            pkg = pkg.substring(0, pkg.lastIndexOf('.'));
                        }
                        String module = moduleOfPackage.get(pkg);
                        if (module != null && !module.equals("java.base")) {
                            needed.add(module);
                        }
                    }
                }
            }
        }
        assertTrue(needed.contains("java.desktop"), "the scan must see the toolkit's Java2D imports: " + needed);
        Set<String> required = new TreeSet<>();
        Matcher m = REQUIRES.matcher(Files.readString(Path.of("src", "engine", "module-info.java")));
        while (m.find()) {
            required.add(m.group(1));
        }
        needed.removeAll(required);
        assertEquals(Set.of(), needed, "src/engine/module-info.java must require these modules");
    }
}
