package dev.threadlab.lessons.progress;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the course is made of, read from a folder of lesson notebooks: each lesson's id, title and
 * exercises (check cells with their points). The terminal app's lesson list and {@code %progress} both show
 * it, so both count the same exercises. Stateless.
 */
public final class CourseMap {

    private CourseMap() {}

    /** One lesson: its id ({@code 01-threads-io}, else the file name), its file, title and exercises. */
    public record Lesson(String id, Path file, String title, List<Exercise> exercises) {

        public Lesson {
            exercises = List.copyOf(exercises);
        }

        /** The number shown in lists ({@code 01}), or the id when it has none. */
        public String number() {
            int dash = id.indexOf('-');
            return dash > 0 ? id.substring(0, dash) : id;
        }

        /** The points of all its exercises. */
        public double maxPoints() {
            return exercises.stream().mapToDouble(Exercise::points).sum();
        }
    }

    /** A check cell: its id, points and the heading of the exercise it checks. */
    public record Exercise(String checkId, double points, String title) {}

    /**
     * Every lesson in {@code folder}, in file-name order. A notebook that cannot be read is left out and
     * named in {@code problems}; a folder that does not exist has no lessons.
     */
    public static List<Lesson> list(Path folder, List<String> problems) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
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
    public static Optional<Lesson> find(List<Lesson> lessons, String wanted) {
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

    /** {@code notebook}, read from {@code file}, as a lesson: its first heading is its title. */
    public static Lesson describe(Path file, Notebook notebook) {
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
}
