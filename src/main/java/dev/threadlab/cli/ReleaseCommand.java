package dev.threadlab.cli;

import dev.threadlab.lessons.exercise.ExerciseFormatException;
import dev.threadlab.lessons.exercise.Exercises;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.lessons.exercise.Release;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code threadlab release SOURCE... -o DIR}: writes the student version of each source lesson to
 * DIR under the same file name. Nothing is written unless every source releases cleanly.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Make student notebooks from source lessons: solutions become stubs, hidden tests and "
                + "outputs go, graded cells are locked, hints are folded below their checks.",
        footer = {"", "Example:", "  threadlab release lessons/source/*.ipynb -o lessons"})
final class ReleaseCommand implements Callable<Integer> {

    static final int USAGE = 2;
    static final int BAD_NOTEBOOK = 1;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Source lesson notebooks (lessons/source/*.ipynb).")
    private List<Path> sources;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Where the student notebooks go (lessons); not the sources' own folder.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String refusal = refusal();
        if (refusal != null) {
            err.println("threadlab release: " + refusal);
            err.println("Type: threadlab release lessons/source/*.ipynb -o lessons");
            return USAGE;
        }
        Map<Path, Notebook> released = new LinkedHashMap<>();
        List<Notebook> notebooks = new ArrayList<>();
        for (Path source : sources) {
            try {
                Notebook notebook = Notebook.read(source);
                notebooks.add(notebook);
                released.put(output.resolve(source.getFileName()), Release.student(notebook));
            } catch (NotebookException | ExerciseFormatException e) {
                err.println("threadlab release: " + e.getMessage());
                err.println("Nothing was written.");
                return BAD_NOTEBOOK;
            }
        }
        Exercises.problems(notebooks).forEach(p -> err.println("warning: " + p));
        for (Path target : released.keySet()) {
            if (holdsSolutions(target)) {
                err.println("threadlab release: " + target + " holds solutions (BEGIN SOLUTION or BEGIN HIDDEN TESTS markers), "
                        + "so it is a source lesson and release will not overwrite it; check the -o folder.");
                return USAGE;
            }
        }
        Files.createDirectories(output);
        for (Map.Entry<Path, Notebook> e : released.entrySet()) {
            e.getValue().write(e.getKey());
            out.println("wrote " + e.getKey());
        }
        out.flush();
        return 0;
    }

    /** Why the arguments would overwrite a source, or null when they are fine. */
    private String refusal() {
        Path dir = output.toAbsolutePath().normalize();
        Map<Path, Path> byName = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            Path file = source.toAbsolutePath().normalize();
            if (file.getParent().equals(dir) || sameFile(file.getParent(), dir)) {
                problems.add("the output folder " + output + " is the folder of " + source
                        + ", so the student version would overwrite the source; write to another folder (-o lessons).");
            }
            Path earlier = byName.putIfAbsent(file.getFileName(), source);
            if (earlier != null) {
                problems.add(earlier + " and " + source + " have the same file name, so one would overwrite the other in "
                        + output + "; release them to different folders.");
            }
        }
        return problems.isEmpty() ? null : problems.get(0);
    }

    private static boolean holdsSolutions(Path target) {
        try {
            return Files.exists(target) && Release.isSource(Notebook.read(target));
        } catch (NotebookException e) {
            return false;   // not a notebook we can read: nothing of the author's to lose in it
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
