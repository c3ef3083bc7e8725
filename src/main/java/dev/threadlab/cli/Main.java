package dev.threadlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code threadlab} command. */
@Command(name = "threadlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Threadlab: a Jupyter kernel for Java that teaches concurrency.",
        subcommands = {KernelCommand.class, LearnCommand.class, ReplCommand.class, ReleaseCommand.class,
                ValidateCommand.class, GradeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            // Bad input (a missing connection file, say) is explained in one line, not a stack trace.
            command.getErr().println("threadlab " + command.getCommandName() + ": " + error.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
