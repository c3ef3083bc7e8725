package dev.threadlab.lessons.grade;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source notebooks of the lessons, by lesson id, as {@code grade} finds them: every {@code *.ipynb}
 * in a directory (not recursive), or one file. Immutable.
 *
 * @param byLesson the sources by lesson id
 * @param problems sources that could not be used (unreadable, no lesson id, a lesson id used twice)
 */
public record Sources(Map<String, Notebook> byLesson, List<String> problems) {

    public Sources {
        byLesson = Map.copyOf(byLesson);
        problems = List.copyOf(problems);
    }

    /**
     * The sources at {@code path}, a directory or a notebook file.
     *
     * @throws IOException when {@code path} does not exist or cannot be listed
     */
    public static Sources load(Path path) throws IOException {
        return load(List.of(path));
    }

    /**
     * The sources at {@code paths}, each a directory or a notebook file; the first source of a lesson wins.
     *
     * @throws IOException when a path does not exist or cannot be listed
     */
    public static Sources load(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(Files.isDirectory(path) ? notebooksIn(path) : List.of(existing(path)));
        }
        Map<String, Notebook> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                Notebook source = Notebook.read(file);
                Optional<String> lesson = source.lessonId();
                if (lesson.isEmpty()) {
                    problems.add("Source " + file + " has no lesson id (metadata.threadlab.lesson), so no submission"
                            + " can be matched to it; add the id to the notebook's metadata.");
                } else if (found.containsKey(lesson.get())) {
                    problems.add("Source " + file + " has lesson id " + lesson.get() + ", which "
                            + found.get(lesson.get()).name() + " has too; the first one is used.");
                } else {
                    found.put(lesson.get(), source);
                }
            } catch (NotebookException e) {
                problems.add("Source " + e.getMessage());
            }
        }
        return new Sources(found, problems);
    }

    /** The {@code *.ipynb} files directly in {@code dir}, sorted by name. */
    public static List<Path> notebooksIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }

    private static Path existing(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + " does not exist");
        }
        return file;
    }

    /** The source of {@code lesson}, if there is one. */
    public Optional<Notebook> of(String lesson) {
        return Optional.ofNullable(byLesson.get(lesson));
    }
}
