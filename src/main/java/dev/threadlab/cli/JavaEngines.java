package dev.threadlab.cli;

import dev.threadlab.engine.EngineOptions;
import dev.threadlab.engine.JShellInterpreter;
import dev.threadlab.engine.Magics;
import dev.threadlab.lessons.run.NotebookRunner;

/**
 * Threadlab's Java engines (JShell with user code in a separate JVM, with magics) for the notebook runs of
 * {@code grade} and {@code validate}: the command line gives the lessons' runner its engines, so that
 * {@code lessons} knows only the interpreter SPI. Stateless.
 */
public final class JavaEngines {

    private JavaEngines() {}

    /** A runner with Java engines of {@link EngineOptions#defaults()}. */
    public static NotebookRunner runner() {
        return runner(EngineOptions.defaults());
    }

    /**
     * A runner with Java engines launched with {@code options} (for grading: confined, see
     * {@link dev.threadlab.engine.Confinement}); each run's engines tell the author's cells from a learner's
     * by the run's authorship.
     */
    public static NotebookRunner runner(EngineOptions options) {
        return NotebookRunner.perAuthorship(authorship -> new Magics(new JShellInterpreter(options, authorship)));
    }
}
