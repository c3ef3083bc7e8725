package dev.threadlab.repl;

import dev.threadlab.lessons.progress.CourseMap;
import dev.threadlab.lessons.progress.CourseMap.Lesson;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The installed lessons ({@link CourseMap}) and the learner's own copies of them. A copy is made from the installed lesson
 * the first time the learner opens it and is theirs from then on: installing a newer course never
 * touches it. Copies live in {@code $THREADLAB_ANSWERS}, else {@code ~/threadlab}, where Jupyter can open
 * them too. Immutable; thread-safe.
 *
 * @param lessons where the installed student notebooks are
 * @param answers where the learner's copies go
 */
record Course(Path lessons, Path answers) {

    /** Where copies go by default: {@code $THREADLAB_ANSWERS}, else {@code <home>/threadlab}. */
    static Path defaultAnswers(Map<String, String> env, Path home) {
        String explicit = env.get("THREADLAB_ANSWERS");
        return explicit != null && !explicit.isBlank() ? Path.of(explicit) : home.resolve("threadlab");
    }

    /** Every lesson, in file-name order; a notebook that cannot be read is left out and named in {@code problems}. */
    List<Lesson> list(List<String> problems) throws IOException {
        return CourseMap.list(lessons, problems); // a missing folder is said by the caller, which knows more
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
