package dev.threadlab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.progress.CourseMap;
import dev.threadlab.lessons.progress.CourseMap.Exercise;
import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/teachers.md lists, for every lesson, what it teaches, its exercises and points, and the answers
 * learners write that each check recognises: the lesson fixtures ({@code src/test/lessons/NN-topic/}), which
 * {@code LessonFixturesIT} proves score as written. This test keeps that part of the guide equal to the
 * lessons and fixtures; run it with {@code -Dteachers.write=true} to write it after a lesson changes.
 */
final class TeachersGuideTest {

    private static final Path GUIDE = Path.of("docs", "teachers.md");
    private static final Path SOURCES = Path.of("lessons", "source");
    private static final Path FIXTURES = Path.of("src", "test", "lessons");
    private static final String BEGIN = "<!-- BEGIN the lessons: written by TeachersGuideTest from the lessons and their"
            + " fixtures; run it with -Dteachers.write=true -->";
    private static final String END = "<!-- END the lessons -->";

    /** One fixture: what the answer does, the exercise it answers, its points (and theirs when its data race shows, or NaN). */
    record Fixture(String about, String answer, double score, double raceScore) {}

    @Test
    void theGuideListsEveryLessonsExercisesAndTheAnswersItsChecksRecognise() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int begin = guide.indexOf(BEGIN);
        int end = guide.indexOf(END);
        assertTrue(begin >= 0 && end > begin, GUIDE + " needs the lines " + BEGIN + " and " + END);
        String written = guide.substring(0, begin + BEGIN.length()) + "\n\n" + lessons() + "\n" + guide.substring(end);
        if (Boolean.getBoolean("teachers.write")) {
            Files.writeString(GUIDE, written, StandardCharsets.UTF_8);
        }
        assertEquals(written, guide, GUIDE + " is not up to date with the lessons: run this test with"
                + " -Dteachers.write=true (./mvnw test -Dtest=TeachersGuideTest -Dteachers.write=true)");
    }

    private static String lessons() throws Exception {
        StringBuilder out = new StringBuilder();
        List<String> problems = new ArrayList<>();
        List<Lesson> lessons = CourseMap.list(SOURCES, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        out.append("| lesson | what it teaches | exercises | points |\n|---|---|---|---|\n");
        for (Lesson lesson : lessons) {
            out.append("| ").append(lesson.number()).append(" | [").append(lesson.title()).append("](#")
                    .append(anchor(lesson.title())).append(") | ").append(lesson.exercises().size()).append(" | ")
                    .append(points(lesson.maxPoints())).append(" |\n");
        }
        for (Lesson lesson : lessons) {
            out.append("\n## ").append(lesson.title()).append("\n\n");
            out.append("`").append(SOURCES.resolve(lesson.file().getFileName())).append("`, ")
                    .append(lesson.exercises().size()).append(" exercises, ").append(points(lesson.maxPoints()))
                    .append(" points.\n\n");
            List<String> goals = goals(Notebook.read(lesson.file()));
            if (!goals.isEmpty()) {
                out.append("By the end a learner can:\n\n");
                goals.forEach(g -> out.append(g).append('\n'));
                out.append('\n');
            }
            Map<String, List<Fixture>> byCheck = fixtures(lesson);
            for (Exercise exercise : lesson.exercises()) {
                out.append("### ").append(exercise.title().isEmpty() ? exercise.checkId() : exercise.title())
                        .append("\n\n`").append(exercise.checkId()).append("`, ").append(points(exercise.points()))
                        .append(" points.\n\n");
                List<Fixture> fixtures = byCheck.getOrDefault(exercise.checkId(), List.of());
                List<Fixture> wrong = fixtures.stream().filter(f -> f.score() < exercise.points()).toList();
                List<Fixture> right = fixtures.stream().filter(f -> f.score() >= exercise.points()).toList();
                if (!wrong.isEmpty()) {
                    out.append("| a wrong answer learners write | points |\n|---|---|\n");
                    for (Fixture f : wrong) {
                        out.append("| ").append(f.about().replace("|", "\\|")).append(" | ").append(points(f.score()))
                                .append(" of ").append(points(exercise.points()))
                                .append(Double.isNaN(f.raceScore()) ? "" : ", " + points(f.raceScore())
                                        + " in the runs where the data race shows")
                                .append(" |\n");
                    }
                    out.append('\n');
                }
                if (!right.isEmpty()) {
                    out.append("Right answers it also accepts, with full marks:\n\n");
                    right.forEach(f -> out.append("- ").append(f.about().replaceFirst("^right: ", "")).append('\n'));
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The bullets under "By the end you can" in the lesson's first cell, if it has them. */
    private static List<String> goals(Notebook notebook) {
        for (NotebookCell cell : notebook.cells()) {
            if (cell.kind() != NotebookCell.Kind.MARKDOWN) {
                continue;
            }
            List<String> goals = new ArrayList<>();
            boolean in = false;
            for (String line : cell.source().split("\n")) {
                if (line.toLowerCase(Locale.ROOT).contains("by the end you can")) {
                    in = true;
                } else if (in && line.startsWith("- ")) {
                    goals.add(line.strip());
                } else if (in && !goals.isEmpty() && !line.isBlank() && !line.startsWith("  ")) {
                    break;
                }
            }
            return goals; // the first markdown cell only
        }
        return List.of();
    }

    /** The lesson's fixtures by the check they are judged by: the check of the answer cell they replace. */
    private static Map<String, List<Fixture>> fixtures(Lesson lesson) throws IOException {
        Map<String, List<Fixture>> byCheck = new LinkedHashMap<>();
        Path dir = FIXTURES.resolve(lesson.id());
        if (!Files.isDirectory(dir)) {
            return byCheck;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Fixture> all = new ArrayList<>();
        for (Path file : files) {
            all.add(read(file));
        }
        all.sort(Comparator.comparingDouble(Fixture::score).thenComparing(Fixture::about));
        for (Fixture fixture : all) {
            String check = lesson.exercises().stream().map(Exercise::checkId)
                    .filter(id -> id.equals(fixture.answer() + "-check")).findFirst()
                    .orElseGet(() -> lesson.exercises().stream().map(Exercise::checkId)
                            .filter(id -> id.startsWith(fixture.answer())).findFirst().orElse(fixture.answer()));
            byCheck.computeIfAbsent(check, k -> new ArrayList<>()).add(fixture);
        }
        return byCheck;
    }

    private static Fixture read(Path file) throws IOException {
        String about = "";
        String answer = "";
        double score = 0;
        double raceScore = Double.NaN;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.startsWith("//") || !s.contains(":")) {
                break;
            }
            String key = s.substring(2, s.indexOf(':')).strip();
            String value = s.substring(s.indexOf(':') + 1).strip();
            switch (key) {
                case "about" -> about = about.isEmpty() ? value : about;
                case "answer" -> answer = value;
                case "score" -> { // "2 or 0": 0 in the runs where the answer's data race shows
                    String[] scores = value.split(" or ");
                    score = Double.parseDouble(scores[0]);
                    raceScore = scores.length > 1 ? Double.parseDouble(scores[1]) : Double.NaN;
                }
                default -> { }
            }
        }
        assertTrue(!answer.isEmpty() && !about.isEmpty(), file + " needs an answer and an about line");
        return new Fixture(about, answer, score, raceScore);
    }

    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
