package dev.threadlab.repl;

import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.lessons.progress.CourseMap;
import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.repl.Keys.Action;
import dev.threadlab.repl.Theme.Role;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * {@code threadlab learn}: the course in a terminal. A start screen lists the lessons with the learner's
 * progress; a lesson opens the learner's own copy and steps through it ({@link LessonView}), running
 * cells in the same isolated engine the Jupyter kernel uses. Errors are told in a sentence, never as a
 * stack trace. Not thread-safe: one {@link #run} per process.
 */
public final class Learn {

    private static final System.Logger LOG = System.getLogger(Learn.class.getName());

    /**
     * What the app works with.
     *
     * @param lessons      where the installed lessons are
     * @param answers      where the learner's copies go (made on first use)
     * @param progress     the learner's progress store (the kernel's {@code %progress} reads the same)
     * @param lesson       a lesson to open at once (number, id, or a notebook file), or empty for the list
     * @param interpreters makes the interpreter cells run in; called once, at start, so the engine warms up
     *                     while the list is read
     * @param env          the environment ({@code NO_COLOR}, {@code VISUAL}, {@code EDITOR})
     */
    public record Options(Path lessons, Path answers, ProgressStore progress, Optional<String> lesson,
                          Supplier<? extends Interpreter> interpreters, Map<String, String> env) {
        public Options {
            Objects.requireNonNull(lessons, "lessons");
            Objects.requireNonNull(answers, "answers");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(lesson, "lesson");
            Objects.requireNonNull(interpreters, "interpreters");
            env = Map.copyOf(env);
        }
    }

    /** The default folder of the learner's copies: {@code $THREADLAB_ANSWERS}, else {@code $HOME/threadlab}. */
    public static Path defaultAnswers(Map<String, String> env) {
        return Course.defaultAnswers(env, home(env));
    }

    /** {@code $HOME}, else the JVM's {@code user.home} (which comes from the password database). */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }

    private final Options options;
    private final PrintStream out;
    private final Course course;
    /** Per lesson file, which of its cells have run or were edited in this session: a lesson opened again knows them. */
    private final Map<Path, SessionCells> sessions = new java.util.HashMap<>();

    private Learn(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.course = new Course(options.lessons(), options.answers());
    }

    /**
     * Runs the app on the system terminal; returns the exit status: 0 done, 1 the lessons could not be
     * read, 2 no interactive terminal (the list is printed instead).
     */
    public static int run(Options options, PrintStream out) {
        return new Learn(options, out).run();
    }

    /**
     * {@code threadlab learn --copy}: makes the learner's copy of every lesson that has none yet (never
     * touching one that exists) and says where they are and how to open them in Jupyter, with no terminal
     * needed. Returns the exit status: 0 done, 1 the lessons could not be read or a copy could not be made.
     */
    public static int copyAll(Path lessons, Path answers, PrintStream out) {
        Course course = new Course(lessons, answers);
        List<String> problems = new ArrayList<>();
        List<Lesson> list;
        try {
            list = course.list(problems);
        } catch (IOException e) {
            out.println(unreadable(lessons, e));
            return 1;
        }
        if (list.isEmpty()) {
            out.println(noLessons(lessons, problems));
            return 1;
        }
        int made = 0;
        for (Lesson lesson : list) {
            boolean existed = java.nio.file.Files.exists(answers.resolve(lesson.file().getFileName()));
            try {
                Path copy = course.copyOf(lesson);
                out.println((existed ? "  kept   " : "  made   ") + copy + (existed ? "   (yours already: not touched)" : ""));
                made += existed ? 0 : 1;
            } catch (IOException e) {
                out.println("threadlab learn: could not copy " + lesson.file().getFileName() + " to " + answers + " ("
                        + e.getMessage() + "). Check that you may write there, or choose another folder with --answers DIR.");
                return 1;
            }
        }
        out.println((made == 0 ? "Every lesson already had your copy" : made + (made == 1 ? " copy made" : " copies made"))
                + problemsText(problems) + ". Open them in Jupyter with:  jupyter notebook " + answers);
        return 0;
    }

    private int run() {
        Terminals.configureJLine();
        // The terminal is opened while the lessons are read: both take a while at a JVM's start.
        java.util.concurrent.CompletableFuture<Terminal> opening = Terminals.stdinIsTerminal()
                ? java.util.concurrent.CompletableFuture.supplyAsync(Terminals::openSystem) : null;
        List<String> problems = new ArrayList<>();
        List<Lesson> lessons;
        try {
            lessons = course.list(problems);
        } catch (IOException e) {
            out.println(unreadable(options.lessons(), e));
            close(opening);
            return 1;
        }
        if (lessons.isEmpty() && options.lesson().filter(l -> l.endsWith(".ipynb")).isEmpty()) {
            out.println(noLessons(options.lessons(), problems));
            close(opening);
            return 1;
        }
        if (opening == null) {
            printPlain(lessons);
            out.println("threadlab learn steps through a lesson in an interactive terminal, and standard input is not"
                    + " one. Run it in a terminal window. Without one, run a lesson with"
                    + " jupyter nbconvert --to notebook --execute, or grade it with threadlab grade.");
            return 2;
        }
        LaterInterpreter interpreter = new LaterInterpreter(options.interpreters());
        if (options.lesson().isPresent()) {
            interpreter.start(); // a lesson's cells come soon: the engine starts now, in the background
        }
        Terminals.logSinceStart("lessons read");
        try (Terminal terminal = opening.get()) {
            Terminals.logSinceStart("terminal open");
            return runOn(terminal, interpreter, lessons, problems);
        } catch (IOException | RuntimeException | InterruptedException | java.util.concurrent.ExecutionException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(System.Logger.Level.ERROR, "threadlab learn failed", e);
            out.println("threadlab learn stopped: " + e + ". Your work is saved after every step in "
                    + options.answers() + ". This is a bug in Threadlab; THREADLAB_LOG=FINE logs the details.");
            return 1;
        } finally {
            interpreter.close();
        }
    }

    /** Closes the terminal being opened, when the app ends before using it. */
    private static void close(java.util.concurrent.CompletableFuture<Terminal> opening) {
        if (opening == null) {
            return;
        }
        try {
            opening.join().close();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the unused terminal: " + e);
        }
    }

    private int runOn(Terminal terminal, LaterInterpreter interpreter, List<Lesson> lessons, List<String> problems) {
        Theme theme = Terminals.theme(terminal, options.env());
        try (Console console = new Console(terminal, theme, Terminals.dumb(terminal));
             CellRunner runner = new CellRunner(interpreter, console, new Inbox())) {
            terminal.handle(Terminal.Signal.WINCH, s -> console.resized());
            terminal.handle(Terminal.Signal.INT, s -> runner.signalInterrupt());
            CellEditor editor = new CellEditor(console, interpreter, options.env());
            problems.forEach(p -> console.print(new AttributedString(p, theme.style(Role.ERROR))));
            if (options.lesson().isPresent()) {
                Optional<Path> file = fileOf(options.lesson().get(), lessons, console);
                if (file.isEmpty()) {
                    return 1;
                }
                openLesson(file.get(), console, runner, editor);
            }
            startScreen(console, runner, editor, lessons, interpreter);
            return 0;
        }
    }

    /** The notebook {@code wanted} names: a lesson's number or id (its copy, made now), or a notebook file. */
    private Optional<Path> fileOf(String wanted, List<Lesson> lessons, Console console) {
        if (wanted.endsWith(".ipynb")) {
            return Optional.of(Path.of(wanted));
        }
        Optional<Lesson> lesson = CourseMap.find(lessons, wanted);
        if (lesson.isEmpty()) {
            console.print(new AttributedString("There is no lesson " + wanted + ". The lessons are: "
                    + String.join(", ", lessons.stream().map(Lesson::id).toList()) + ".", console.theme().style(Role.ERROR)));
            return Optional.empty();
        }
        return copyOf(lesson.get(), console);
    }

    private Optional<Path> copyOf(Lesson lesson, Console console) {
        try {
            return Optional.of(course.copyOf(lesson));
        } catch (IOException e) {
            console.print(new AttributedString("Could not make your copy of " + lesson.id() + " in " + options.answers()
                    + " (" + e.getMessage() + "). Make that folder writable, or choose another with --answers DIR.",
                    console.theme().style(Role.ERROR)));
            return Optional.empty();
        }
    }

    private void openLesson(Path file, Console console, CellRunner runner, CellEditor editor) {
        try {
            LessonFile lesson = LessonFile.open(file);
            int cells = lesson.cells().size();
            SessionCells session = sessions.compute(file.toAbsolutePath(),
                    (f, before) -> before != null && before.size() == cells ? before : new SessionCells(cells));
            new LessonView(console, runner, editor, lesson, new Bookmark(options.progress(), lesson), session).show();
        } catch (NotebookException e) {
            console.print(new AttributedString(e.getMessage(), console.theme().style(Role.ERROR)));
        }
    }

    private void startScreen(Console console, CellRunner runner, CellEditor editor, List<Lesson> lessons,
            LaterInterpreter interpreter) {
        KeyMap<Action> keys = Keys.keyMap();
        int selected = 0;
        screen:
        while (true) {
            if (console.waitWhileTooSmall()) {
                return;
            }
            Overview overview = Overview.of(lessons, options.progress());
            List<AttributedString> head = List.of(AttributedString.EMPTY,
                    new AttributedString("Threadlab · concurrency in Java, one lesson at a time", console.theme().style(Role.HEADING)),
                    note(console, "Your copies of the lessons: " + options.answers() + "   Progress: " + options.progress().file()),
                    AttributedString.EMPTY);
            console.print(head);
            Terminals.logSinceStart("start screen drawn");
            Console.Live list = console.live();
            while (true) {
                if (console.waitWhileTooSmall()) {
                    return;
                }
                List<AttributedString> lines = new ArrayList<>(overview.lines(console.theme(), selected, console.width()));
                lines.add(AttributedString.EMPTY);
                overview.next().ifPresent(n -> lines.add(note(console, n)));
                lines.add(keysLine(console));
                list.show(lines);
                interpreter.start(); // drawn: now the engine may take the processor
                StartKeys.Choice choice = console.keyMode()
                        ? StartKeys.next(console, keys, () -> runner.apply(0), lessons, selected)
                        : lineChoice(console, selected, lessons);
                switch (choice) {
                    case StartKeys.Choice.Quit quit -> {
                        return;
                    }
                    case StartKeys.Choice.Move move -> selected = Math.floorMod(selected + move.step(), lessons.size());
                    case StartKeys.Choice.Open open -> {
                        selected = open.index();
                        copyOf(lessons.get(selected), console).ifPresent(file -> openLesson(file, console, runner, editor));
                        continue screen;
                    }
                    case StartKeys.Choice.Stay stay -> { }
                }
            }
        }
    }

    /** The choice of a line typed on a dumb terminal: a letter's action, or a lesson's number. */
    private static StartKeys.Choice lineChoice(Console console, int selected, List<Lesson> lessons) {
        String line;
        try {
            line = console.readLine("> ", false);
        } catch (org.jline.reader.EndOfFileException e) {
            return new StartKeys.Choice.Quit();
        } catch (org.jline.reader.UserInterruptException e) {
            return new StartKeys.Choice.Stay();
        }
        return StartKeys.of(Keys.ofLine(line), line, selected, lessons);
    }

    private static AttributedString keysLine(Console console) {
        String text = console.keyMode() ? "↑/↓ choose · Enter open · a number (3 or 03) opens that lesson · q quit"
                : "type a lesson's number and Enter · q quits";
        return new AttributedString(text, console.theme().style(Role.DIM));
    }

    private static AttributedString note(Console console, String text) {
        return new AttributedString(text, console.theme().style(Role.NOTE));
    }

    /** The list for a reader without a terminal. */
    private void printPlain(List<Lesson> lessons) {
        Overview overview = Overview.of(lessons, options.progress());
        overview.lines(new Theme(false), -1, 100).forEach(line -> out.println(line.toString()));
        overview.next().ifPresent(out::println);
        out.println("Your copies of the lessons: " + options.answers());
    }

    private static String unreadable(Path lessons, IOException e) {
        return "threadlab learn: the lessons in " + lessons + " cannot be read (" + e.getMessage()
                + "). Run ./install.sh from the Threadlab repository, or name the folder with --lessons DIR.";
    }

    private static String noLessons(Path lessons, List<String> problems) {
        return "threadlab learn: there are no lessons in " + lessons + ". Run ./install.sh from the "
                + "Threadlab repository, or name the folder with --lessons DIR." + problemsText(problems);
    }

    private static String problemsText(List<String> problems) {
        return problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")";
    }
}
