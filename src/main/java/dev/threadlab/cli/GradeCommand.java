package dev.threadlab.cli;

import dev.threadlab.engine.Confinement;
import dev.threadlab.engine.EngineOptions;
import dev.threadlab.engine.SandboxProbe;
import dev.threadlab.lessons.grade.GradeReport;
import dev.threadlab.lessons.grade.Grader;
import dev.threadlab.lessons.grade.NotebookGrade;
import dev.threadlab.lessons.grade.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code threadlab grade NOTEBOOK|DIR... [--source DIR|FILE] [-o DIR] [--timeout SEC] [--jobs N] [--no-sandbox]}.
 * Engines are confined for grading and, unless {@code --no-sandbox}, run in a bubblewrap sandbox; when the
 * platform cannot sandbox, the command says why and grades nothing. Grades are written only after every
 * process the submissions started is gone. See docs/grading.md.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Grade submitted lesson notebooks: each runs top to bottom in a fresh Java engine, sandboxed,"
                + " with its check cells restored from the source; prints a score table and writes grades.json and"
                + " grades.csv once every process of the submissions is gone. What it guarantees: docs/grading.md.",
                "Exit status: 0 when every notebook was graded (whatever the score), 1 when one could not be "
                        + "(unreadable, no source), 2 for a usage error or when the engines cannot be sandboxed."})
final class GradeCommand implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(GradeCommand.class.getName());
    private static final Duration GRADE_BOUND = Duration.ofHours(6);
    /** How long the processes left after grading get to be gone before the grades are written. */
    private static final Duration LEFTOVER_BOUND = Duration.ofSeconds(30);

    @Parameters(arity = "1..*", paramLabel = "NOTEBOOK|DIR",
            description = "Submitted notebooks, or directories of them (their *.ipynb files; not recursive).")
    private List<Path> inputs;

    @Option(names = "--source", paramLabel = "DIR|FILE", defaultValue = "lessons/source",
            description = "The source notebooks (with solutions and hidden tests), matched by lesson id; may be given"
                    + " more than once. Default: ${DEFAULT-VALUE}.")
    private List<Path> source;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "Where to write grades.json and grades.csv (created if needed). Default: the current directory.")
    private Path output;

    @Option(names = "--timeout", paramLabel = "SEC",
            description = "Seconds every cell may run before it is stopped, instead of each check cell's own (default 60).")
    private Integer timeout;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "How many notebooks to grade at the same time, each in its own engine. Default: ${DEFAULT-VALUE}.")
    private int jobs;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Grade only part K of N of the notebooks (every N-th, from the K-th, in the order named), to"
                    + " grade a class on N machines; then threadlab merge puts the parts together. See docs/class.md.")
    private String shard;

    @Option(names = "--no-sandbox",
            description = "Run the engines without the bubblewrap sandbox (where the platform has none). Student code"
                    + " then runs as you: it can read your files, sources and hidden checks included, use the network,"
                    + " and leave processes that detach themselves running.")
    private boolean noSandbox;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure(java.util.logging.Level.SEVERE); // the notes say what went wrong in a run
        if (timeout != null && timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, was " + timeout);
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        List<Path> files = Inputs.notebooks(inputs, spec);
        if (shard != null) {
            Shard part;
            try {
                part = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            int all = files.size();
            files = part.of(files);
            spec.commandLine().getErr().println("threadlab grade: shard " + part + ": " + files.size() + " of " + all
                    + " notebooks.");
            if (files.isEmpty()) {
                spec.commandLine().getErr().println("threadlab grade: nothing to grade in this shard; writing empty"
                        + " grades so that threadlab merge finds every part.");
            }
        }
        Sources sources;
        try {
            sources = Sources.load(source);
        } catch (IOException e) {
            if (!spec.commandLine().getParseResult().hasMatchedOption("--source")) {
                throw new ParameterException(spec.commandLine(), "No --source was given, and the default, lessons/source,"
                        + " is not in " + Path.of("").toAbsolutePath() + ". Grading needs the lessons' source notebooks"
                        + " (with the solutions and hidden checks: the repository's lessons/source): run from the"
                        + " repository, or name them with --source DIR.");
            }
            throw new ParameterException(spec.commandLine(), "--source cannot be read (" + e.getMessage()
                    + "); name the directory of the source notebooks, e.g. --source lessons/source.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<EngineOptions> engines = engineOptions(err);
        if (engines.isEmpty()) {
            return 2;
        }
        Grader grader = new Grader(sources, JavaEngines.runner(engines.get()),
                Optional.ofNullable(timeout).map(Duration::ofSeconds));
        ProgressLine progress = ProgressLine.onStderr(err);
        List<NotebookGrade> grades = gradeAll(grader, files, progress);
        progress.finish();
        List<ProcessHandle> survivors = Leftovers.endAll(LEFTOVER_BOUND);
        if (!survivors.isEmpty()) {
            err.println("threadlab grade: " + survivors.size() + " process(es) started while grading could not be"
                    + " ended within " + LEFTOVER_BOUND.toSeconds() + " s (pids "
                    + survivors.stream().map(p -> Long.toString(p.pid())).toList() + "); the grades are written anyway.");
        }
        out.print(GradeReport.table(grades));
        out.print(GradeReport.remarks(grades));
        sources.problems().forEach(p -> out.println("source problem: " + p));
        out.flush();
        try {
            GradeReport.write(output, grades);
        } catch (IOException e) {
            err.println("threadlab grade: could not write the grades to " + output + " (" + e.getMessage()
                    + "); check that the directory is writable.");
            return 1;
        }
        err.println("Wrote " + output.resolve("grades.json") + " and " + output.resolve("grades.csv") + ".");
        return grades.stream().allMatch(NotebookGrade::graded) ? 0 : 1;
    }

    /**
     * How the grading engines are launched: confined for grading, in the sandbox unless {@code --no-sandbox};
     * empty, after saying why on {@code err}, when the sandbox is wanted but the platform has none. Warns when
     * the JDK cannot shut every door.
     */
    private Optional<EngineOptions> engineOptions(PrintWriter err) {
        EngineOptions options = EngineOptions.defaults();
        Optional<Confinement.Sandbox> sandbox = Optional.empty();
        if (noSandbox) {
            err.println("threadlab grade: grading without a sandbox (--no-sandbox): student code runs as you and can"
                    + " read your files, sources and hidden checks included.");
        } else {
            switch (SandboxProbe.probe(System.getenv())) {
                case SandboxProbe.Result.Ready ready -> sandbox = Optional.of(ready.sandbox());
                case SandboxProbe.Result.Unavailable no -> {
                    err.println("threadlab grade: cannot sandbox the engines: " + no.why() + " Without a sandbox,"
                            + " student code runs as you: it can read your files (sources and hidden checks included),"
                            + " use the network and leave processes running. To grade that way anyway, pass"
                            + " --no-sandbox.");
                    err.flush();
                    return Optional.empty();
                }
            }
        }
        Confinement.weakerOn(options.javaFeature()).ifPresent(w -> err.println("threadlab grade: " + w));
        return Optional.of(options.withConfinement(Confinement.grading(sandbox)));
    }

    /** The grades of {@code files} in their order, {@link #jobs} at a time, showing each start on {@code progress}. */
    private List<NotebookGrade> gradeAll(Grader grader, List<Path> files, ProgressLine progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread thread = new Thread(r, "threadlab-grade");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger started = new AtomicInteger();
        try {
            List<Future<NotebookGrade>> running = new ArrayList<>();
            for (Path file : files) {
                running.add(pool.submit(() -> {
                    progress.show(started.incrementAndGet(), files.size(), "grading " + file);
                    return gradeOne(grader, file);
                }));
            }
            List<NotebookGrade> grades = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                grades.add(await(running.get(i), files.get(i)));
            }
            return grades;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The grade {@code running} computes. Every cell's run is bounded by its timeout, so a grade always
     * comes; the bound here only keeps a bug in Threadlab from hanging the command.
     */
    private static NotebookGrade await(Future<NotebookGrade> running, Path file) throws InterruptedException {
        try {
            return running.get(GRADE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            running.cancel(true);
            return NotebookGrade.ungraded(file.toString(), "", "Grading " + file + " did not end properly inside"
                    + " Threadlab (" + e + "); this is a bug in Threadlab.");
        }
    }

    /** One notebook's grade; a bug met while grading it is reported for that notebook, and the others still run. */
    private static NotebookGrade gradeOne(Grader grader, Path file) throws InterruptedException {
        try {
            return grader.grade(file);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "grading " + file + " failed", e);
            return NotebookGrade.ungraded(file.toString(), "", "Grading " + file + " failed inside Threadlab (" + e
                    + "); this is a bug in Threadlab. Run again with THREADLAB_LOG=FINE for details.");
        }
    }
}
