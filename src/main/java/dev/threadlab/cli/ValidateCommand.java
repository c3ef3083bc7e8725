package dev.threadlab.cli;

import dev.threadlab.lessons.validate.Validation;
import dev.threadlab.lessons.validate.ValidationReport;
import dev.threadlab.lessons.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threadlab validate SOURCE... [--times N]}. */
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
        List<Path> files = Inputs.notebooks(inputs, spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validator validator = new Validator(JavaEngines.runner(), !sequential);
        ProgressLine progress = ProgressLine.onStderr(err);
        boolean ok = true;
        for (Path file : files) {
            Validation validation = validator.validate(file, times,
                    (name, run, of) -> progress.show(run, of, "validating " + name + ": run " + run + " of " + of));
            progress.finish();
            out.print(ValidationReport.text(validation));
            out.flush();
            ok &= validation.ok();
        }
        return ok ? 0 : 1;
    }
}
