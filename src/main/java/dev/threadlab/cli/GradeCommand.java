package dev.threadlab.cli;

import dev.threadlab.lessons.GradeReport;
import dev.threadlab.lessons.Grader;
import dev.threadlab.lessons.NotebookGrade;
import dev.threadlab.lessons.NotebookRunner;
import dev.threadlab.lessons.Sources;
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

/** {@code threadlab grade NOTEBOOK|DIR... [--source DIR|FILE] [-o DIR] [--timeout SEC]}. */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Grade submitted lesson notebooks: each runs top to bottom in a fresh Java engine, with its "
                + "check cells restored from the source; prints a score table and writes grades.json and grades.csv.",
                "Exit status: 0 when every notebook was graded (whatever the score), 1 when one could not be "
                        + "(unreadable, no source), 2 for a usage error."})
final class GradeCommand implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(GradeCommand.class.getName());
    private static final Duration GRADE_BOUND = Duration.ofHours(6);

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
        Sources sources;
        try {
            sources = Sources.load(source);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--source cannot be read (" + e.getMessage()
                    + "); name the directory of the source notebooks, e.g. --source lessons/source.");
        }
        Grader grader = new Grader(sources, NotebookRunner.withJavaEngines(),
                Optional.ofNullable(timeout).map(Duration::ofSeconds));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = ProgressLine.onStderr(err);
        List<NotebookGrade> grades = gradeAll(grader, files, progress);
        progress.finish();
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
