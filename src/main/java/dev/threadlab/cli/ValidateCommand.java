package dev.threadlab.cli;

import dev.threadlab.lessons.validate.Validation;
import dev.threadlab.lessons.validate.ValidationReport;
import dev.threadlab.lessons.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threadlab validate SOURCE... [--times N] [--jobs N]}. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prove source lesson notebooks: the exercise structure is sound, and in every one of N runs "
                + "each check gives the solution full points and fails the student version (the stubs).",
                "Exit status: 0 when every notebook holds, 1 when one does not, 2 for a usage error."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Source notebooks, or directories of them.")
    private List<Path> inputs;

    @Option(names = "--times", paramLabel = "N", defaultValue = "5",
            description = "Runs per notebook (at least the largest 'repetitions' of its check cells). Default: ${DEFAULT-VALUE}.")
    private int times;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "How many notebooks to validate at the same time, each with its two engines (the solution"
                    + " and the student version). Reports still come in the order named. Default: ${DEFAULT-VALUE}.")
    private int jobs;

    @Option(names = "--sequential", hidden = true,
            description = "Run the source and the student version one after the other instead of at the same time.")
    private boolean sequential;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure(java.util.logging.Level.SEVERE);
        if (times < 1) {
            throw new ParameterException(spec.commandLine(), "--times must be at least 1, was " + times);
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        List<Path> files = Inputs.notebooks(inputs, spec);
        PrintWriter out = spec.commandLine().getOut();
        Validator validator = new Validator(JavaEngines.runner(), !sequential);
        ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread thread = new Thread(r, "threadlab-validate-notebook");
            thread.setDaemon(true);
            return thread;
        });
        boolean ok = true;
        try {
            List<Future<Validation>> running = new ArrayList<>();
            for (Path file : files) {
                running.add(pool.submit(() -> validator.validate(file, times,
                        (name, run, of) -> progress.show(run, of, "validating " + name + ": run " + run + " of " + of))));
            }
            for (int i = 0; i < files.size(); i++) {
                Validation validation = await(running.get(i), files.get(i));
                progress.finish();
                out.print(ValidationReport.text(validation));
                out.flush();
                ok &= validation.ok();
            }
        } finally {
            pool.shutdownNow();
        }
        return ok ? 0 : 1;
    }

    /** {@code running}'s validation; a bug met while validating is reported for that notebook, the others go on. */
    private static Validation await(Future<Validation> running, Path file) throws InterruptedException {
        try {
            return running.get();
        } catch (ExecutionException e) {
            return new Validation(file.toString(), 0, List.of(), List.of("Validating " + file + " failed inside"
                    + " Threadlab (" + e.getCause() + "); this is a bug in Threadlab."), List.of());
        }
    }
}
