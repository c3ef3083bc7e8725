package dev.threadlab.repl;

import dev.threadlab.lessons.Notebook;
import dev.threadlab.lessons.NotebookCell;
import dev.threadlab.lessons.NotebookException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The installed lessons and the learner's own copies of them. A copy is made from the installed lesson
 * the first time the learner opens it and is theirs from then on: installing a newer course never
 * touches it. Copies live in {@code $THREADLAB_ANSWERS}, else {@code ~/threadlab}, where Jupyter can open
 * them too. Immutable; thread-safe.
 *
 * @param lessons where the installed student notebooks are
 * @param answers where the learner's copies go
 */
record Course(Path lessons, Path answers) {

    /** One lesson of the course: its id (the file name without {@code .ipynb}), title and exercises. */
    record Lesson(String id, Path file, String title, List<Exercise> exercises) {

        /** The number shown in the list ({@code 01}), or the id when it has none. */
        String number() {
            int dash = id.indexOf('-');
            return dash > 0 ? id.substring(0, dash) : id;
        }

        double maxPoints() {
            return exercises.stream().mapToDouble(Exercise::points).sum();
        }
    }

    /** A check cell: its id, points and the heading of the exercise it checks. */
    record Exercise(String checkId, double points, String title) {}

    /** Where copies go by default: {@code $THREADLAB_ANSWERS}, else {@code <home>/threadlab}. */
    static Path defaultAnswers(Map<String, String> env, Path home) {
        String explicit = env.get("THREADLAB_ANSWERS");
        return explicit != null && !explicit.isBlank() ? Path.of(explicit) : home.resolve("threadlab");
    }

    /** Every lesson, in file-name order; a notebook that cannot be read is left out and named in {@code problems}. */
    List<Lesson> list(List<String> problems) throws IOException {
        if (!Files.isDirectory(lessons)) {
            return List.of(); // said by the caller, which also knows whether a notebook file was named
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(lessons)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(f))
                    .sorted().toList();
        }
        List<Lesson> found = new ArrayList<>();
        for (Path file : files) {
            try {
                found.add(describe(file, Notebook.read(file)));
            } catch (NotebookException e) {
                problems.add(e.getMessage());
            }
        }
        return found;
    }

    /** The lesson {@code wanted} names: its number ({@code 1}, {@code 01}) or id, or a prefix of the id. */
    static Optional<Lesson> find(List<Lesson> lessons, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.ipynb$", "");
        for (Lesson lesson : lessons) {
            boolean numberMatches = w.matches("\\d+") && lesson.number().matches("\\d+")
                    && Integer.parseInt(w) == Integer.parseInt(lesson.number());
            if (numberMatches || lesson.id().equalsIgnoreCase(w)) {
                return Optional.of(lesson);
            }
        }
        return lessons.stream().filter(l -> l.id().toLowerCase(Locale.ROOT).startsWith(w)).findFirst();
    }

    /** What the list shows of {@code notebook}, read from {@code file}. */
    static Lesson describe(Path file, Notebook notebook) {
        String id = notebook.lessonId().orElse(file.getFileName().toString().replaceFirst("\\.ipynb$", ""));
        String title = id;
        String heading = "";
        List<Exercise> exercises = new ArrayList<>();
        for (NotebookCell cell : notebook.cells()) {
            if (cell.kind() == NotebookCell.Kind.MARKDOWN) {
                for (String line : cell.source().split("\n")) {
                    if (line.startsWith("#")) {
                        heading = line.replaceFirst("^#+\\s*", "").replace("`", "").replace("**", "").strip();
                        if (title.equals(id)) {
                            title = heading;
                        }
                    }
                }
            } else if (cell.isGraded() && cell.gradeId().isPresent()) {
                double points = cell.grading().map(g -> g.points() == null ? 0.0 : g.points()).orElse(0.0);
                exercises.add(new Exercise(cell.gradeId().get(), points, heading));
            }
        }
        return new Lesson(id, file, title, exercises);
    }

    /** The learner's copy of {@code lesson}, made now from the installed one if there is none yet. */
    Path copyOf(Lesson lesson) throws IOException {
        Path copy = answers.resolve(lesson.file().getFileName());
        if (Files.exists(copy)) {
            return copy;
        }
        Files.createDirectories(answers);
        Path temp = Files.createTempFile(answers, "." + lesson.file().getFileName(), ".tmp");
        try {
            Files.copy(lesson.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, copy);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return copy;
    }
}
