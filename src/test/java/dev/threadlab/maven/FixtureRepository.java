package dev.threadlab.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small Maven repository on disk for tests, in the layout Maven Central uses: {@code
 * dev.example:greeter:1.0} (class {@code dev.example.Greeter}) depends on {@code dev.example:words:1.0}
 * (class {@code dev.example.Words}); {@code Greeter.greet("Ada")} answers {@code "Hello, Ada"}. The
 * classes are compiled in-process, for release 21.
 */
public final class FixtureRepository {

    private FixtureRepository() {
    }

    /** Writes the repository into {@code root} (created if needed) and answers {@code root}. */
    public static Path write(Path root) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("fixture-repository");
            Path sources = Files.createDirectory(scratch.resolve("sources"));
            Path words = source(sources, "Words", "public final class Words { public static final String HELLO = \"Hello\"; }");
            Path greeter = source(sources, "Greeter", "public final class Greeter { "
                    + "public static String greet(String name) { return Words.HELLO + \", \" + name; } }");
            Path classes = Files.createDirectory(scratch.resolve("classes"));
            compile(classes, words, greeter);
            artifact(root, "words", List.of(), classes.resolve("dev/example/Words.class"));
            artifact(root, "greeter", List.of("words"), classes.resolve("dev/example/Greeter.class"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Deletes the sources and classes the artifacts were made from (each test run made two more in /tmp). */
    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the fixture's scratch folder " + dir, e);
        }
    }

    private static Path source(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, "package dev.example;\n" + body + "\n");
        return file;
    }

    private static void compile(Path out, Path... files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("--release", "21", "-d", out.toString()));
        Stream.of(files).map(Path::toString).forEach(args::add);
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the fixture classes did not compile: " + errors);
        }
    }

    private static void artifact(Path root, String artifactId, List<String> dependencies, Path classFile)
            throws IOException {
        Path dir = root.resolve("dev/example").resolve(artifactId).resolve("1.0");
        Files.createDirectories(dir);
        StringBuilder deps = new StringBuilder();
        for (String d : dependencies) {
            deps.append("<dependency><groupId>dev.example</groupId><artifactId>").append(d)
                    .append("</artifactId><version>1.0</version></dependency>");
        }
        Files.writeString(dir.resolve(artifactId + "-1.0.pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                <groupId>dev.example</groupId><artifactId>%s</artifactId><version>1.0</version>
                <dependencies>%s</dependencies></project>
                """.formatted(artifactId, deps));
        try (OutputStream file = Files.newOutputStream(dir.resolve(artifactId + "-1.0.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("dev/example/" + classFile.getFileName()));
            jar.write(Files.readAllBytes(classFile));
            jar.closeEntry();
        }
    }

    /** Builds the repository in the directory given as the first argument (for the integration test's scripts). */
    public static void main(String[] args) {
        write(Path.of(args[0]));
    }
}
