package dev.threadlab.cli;

import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.repl.Learn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threadlab learn [LESSON]}: the lessons in the terminal, no Jupyter needed. */
@Command(name = "learn", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Work through the lessons in this terminal: read, run cells, write answers, run their checks.",
                "Your answers are saved in your own copy of each lesson (by default in ~/threadlab), which Jupyter "
                        + "opens too. Exit status: 0 done, 1 the lessons could not be read, 2 no interactive terminal."})
final class LearnCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LESSON",
            description = "A lesson to open at once: its number (1 or 01), its name (01-threads-io), or a .ipynb file.")
    private String lesson;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Where the lessons are. Default: where install.sh put them, else ./lessons.")
    private Path lessons;

    @Option(names = "--answers", paramLabel = "DIR",
            description = "Where your copies of the lessons go. Default: $THREADLAB_ANSWERS, else ~/threadlab.")
    private Path answers;

    @Option(names = "--copy",
            description = "Make your copy of every lesson (never replacing one you have), say where, and stop: "
                    + "for learners who work in Jupyter. No terminal needed.")
    private boolean copy;

    @Override
    public Integer call() {
        Map<String, String> env = System.getenv();
        if (copy) {
            return Learn.copyAll(lessonsDir(), answers != null ? answers : Learn.defaultAnswers(env), System.out);
        }
        Logging.toFile(TerminalCommands.logFile(env));
        ProgressStore progress = ProgressStore.forUser(env);
        Learn.Options options = new Learn.Options(lessonsDir(), answers != null ? answers : Learn.defaultAnswers(env),
                progress, Optional.ofNullable(lesson), () -> LearnerEngine.create(progress), env);
        return Learn.run(options, System.out);
    }

    /** {@code --lessons}, else the installed lessons ({@code threadlab.lessons}, set by the launcher), else ./lessons. */
    private Path lessonsDir() {
        if (lessons != null) {
            return lessons;
        }
        String installed = System.getProperty("threadlab.lessons");
        if (installed != null && Files.isDirectory(Path.of(installed))) {
            return Path.of(installed);
        }
        return Path.of("lessons");
    }
}
