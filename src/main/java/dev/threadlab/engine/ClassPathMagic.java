package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.Output;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code %jars} and {@code %classpath}: paths or globs added to the compiler's and engine's class path. */
final class ClassPathMagic {

    private final EngineAccess engine;

    ClassPathMagic(EngineAccess engine) {
        this.engine = engine;
    }

    ExecuteOutcome run(String magic, String arguments, Output output) {
        if (arguments.isBlank()) {
            if (magic.equals("%jars")) {
                return new Failed("UsageError", "%jars needs a path or glob, e.g. %jars lib/*.jar", List.of());
            }
            StringBuilder text = new StringBuilder("Class path:\n");
            engine.classPath().forEach(p -> text.append("  ").append(p).append('\n'));
            output.stdout(text.toString());
            return new ExecuteOutcome.Ok(null);
        }
        if (engine.grading()) {
            // Classes from a jar could sit in JShell's own package and stand in for names a check cell uses.
            return new Failed("NotWhileGrading", magic + " does not run while a notebook is graded: the lessons need"
                    + " no libraries beyond the JDK and the toolkit. Remove it, or ask your teacher.", List.of());
        }
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments.split("\\s+")) {
            List<Path> found = expand(argument);
            if (found.isEmpty()) {
                return noMatch(argument);
            }
            for (Path path : found) {
                if (Files.isDirectory(path) && magic.equals("%jars")) {
                    List<Path> jars = Jars.in(path);
                    if (jars.isEmpty()) {
                        String why = path + " holds no .jar files. For a folder of compiled classes, use %classpath "
                                + path + ".";
                        return new Failed("ClassPathError", why, List.of(why));
                    }
                    paths.addAll(jars);
                } else {
                    paths.add(path);
                }
            }
        }
        // All or nothing: a jar the compiler cannot read breaks every later cell, so none is added unchecked.
        for (Path path : paths) {
            String problem = Jars.problem(path);
            if (problem != null) {
                String why = path + " " + problem + " Nothing was added to the class path.";
                return new Failed("ClassPathError", why, List.of(why));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Path path : paths) {
            try {
                engine.addToClassPath(path);
            } catch (EngineUnavailableException e) {
                return new Failed("EngineUnavailable", e.getMessage(), List.of(e.getMessage()));
            }
            text.append("Added to the class path: ").append(path).append('\n');
        }
        output.stdout(text.toString());
        return new ExecuteOutcome.Ok(null);
    }

    /**
     * {@code argument} found nothing. Where a relative path was looked for (the kernel's working directory) is
     * said, as it may not be where the learner thinks; an absolute path, or one from {@code ~}, says where itself.
     */
    static Failed noMatch(String argument) {
        boolean relative = !argument.startsWith("~/") && !Path.of(argument).isAbsolute();
        String why = argument + " matches no file or directory"
                + (relative ? " (looked in " + Path.of("").toAbsolutePath() + ")" : "")
                + ". Check the path and the file name.";
        return new Failed("ClassPathError", why, List.of(why));
    }

    /** {@code $HOME}, as a shell expands {@code ~}; the JVM's {@code user.home} only when it is unset. */
    private static String home() {
        String home = System.getenv("HOME");
        return home != null && !home.isBlank() ? home : System.getProperty("user.home");
    }

    /** The files {@code argument} names: itself, or what its glob (in the last path element) matches. */
    static List<Path> expand(String argument) {
        String expanded = argument.startsWith("~/") ? home() + argument.substring(1) : argument;
        Path path = Path.of(expanded).toAbsolutePath().normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path.getParent(), name)) {
            dir.forEach(matches::add);
        } catch (IOException e) {
            return List.of();
        }
        matches.sort(null);
        return matches;
    }
}
