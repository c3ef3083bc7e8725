package dev.threadlab.cli;

import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.repl.Repl;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code threadlab repl}: Java line by line on the isolated engine, in the terminal. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Type Java and run it at once, in the same isolated engine the kernel uses: multi-line input, "
                + "Tab completion, Shift-Tab documentation, the magics (%%help), Ctrl-C interrupts, Ctrl-D leaves.",
                "Input history is kept in $XDG_STATE_HOME/threadlab/repl_history (default ~/.local/state/threadlab). "
                        + "Without a terminal, runs the code on standard input."})
final class ReplCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Map<String, String> env = System.getenv();
        Logging.toFile(TerminalCommands.logFile(env));
        ProgressStore progress = ProgressStore.forUser(env);
        Repl.Options options = new Repl.Options(LearnerEngine.create(progress),
                TerminalCommands.stateDir(env).resolve("repl_history"), env);
        return Repl.run(options, System.out);
    }
}
