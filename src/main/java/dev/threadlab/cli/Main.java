package dev.threadlab.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code threadlab} command. */
@Command(name = "threadlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Threadlab: a Jupyter kernel for Java that teaches concurrency.")
public final class Main implements Runnable {

    /** Every command, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(KernelCommand.class, LearnCommand.class, ReplCommand.class,
            ReleaseCommand.class, ValidateCommand.class, GradeCommand.class, MergeCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The {@code threadlab} command line for {@code args}, with the error handling every command shares. picocli
     * builds a command's model by reflection, interpreted on a cold JVM (its classes are too old a class-file
     * version for the start-up cache): all nine took 175-260 ms of every start, the kernel's alone about 60 ms.
     * So when {@code args} begin with a command's name, only that command is added; otherwise (no command,
     * {@code help}, an option or a mistake, whose answers list or suggest commands) all of them are; for
     * {@code --version} alone, none.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return cli;
        }
        List<Class<?>> named = args.length == 0 ? List.of() : COMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        (named.isEmpty() ? COMMANDS : named).forEach(cli::addSubcommand);
        // A mistake on the command line is one line and where to look, not the whole usage text.
        cli.setParameterExceptionHandler((error, given) -> {
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
