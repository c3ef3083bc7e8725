package dev.threadlab.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the terminal front ends ({@code learn}, {@code repl}) keep their files, by the XDG rules. */
final class TerminalCommands {

    private TerminalCommands() {}

    /** {@code $XDG_STATE_HOME/threadlab}, else {@code ~/.local/state/threadlab}: history and the log. */
    static Path stateDir(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : dev.threadlab.repl.Learn.home(env).resolve(".local").resolve("state");
        return base.resolve("threadlab");
    }

    /** The log of the terminal front ends: the screen is theirs, so log lines go to this file. */
    static Path logFile(Map<String, String> env) {
        return stateDir(env).resolve("threadlab.log");
    }
}
