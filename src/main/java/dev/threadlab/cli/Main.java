package dev.threadlab.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code threadlab} command. */
@Command(name = "threadlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Threadlab: a Jupyter kernel for Java that teaches concurrency.",
        subcommands = {KernelCommand.class, LearnCommand.class, ReplCommand.class, ReleaseCommand.class,
                ValidateCommand.class, GradeCommand.class, MergeCommand.class, CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The {@code threadlab} command line, with the error handling every command shares. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // A mistake on the command line is one line and where to look, not the whole usage text.
        cli.setParameterExceptionHandler((error, args) -> {
            CommandLine command = error.getCommandLine();
            PrintWriter err = command.getErr();
            boolean unknownCommand = error instanceof CommandLine.UnmatchedArgumentException u && command == cli
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
            err.println("threadlab: " + (unknownCommand
                    ? "'" + ((CommandLine.UnmatchedArgumentException) error).getUnmatched().get(0)
                            + "' is not a threadlab command."
                    : error.getMessage()));
            if (error instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
            }
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            // Bad input (a missing connection file, say) is explained in one line, not a stack trace.
            command.getErr().println("threadlab " + command.getCommandName() + ": " + error.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
