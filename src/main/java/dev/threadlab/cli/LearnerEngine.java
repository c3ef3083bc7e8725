package dev.threadlab.cli;

import dev.threadlab.engine.JShellInterpreter;
import dev.threadlab.engine.Magics;
import dev.threadlab.kernel.Interpreter;
import dev.threadlab.lessons.ProgressMagic;
import dev.threadlab.lessons.ProgressRecorder;
import dev.threadlab.lessons.ProgressStore;
import java.time.ZoneId;
import java.util.List;

/**
 * The interpreter the terminal front ends run cells in: the kernel's (JShell with its engine JVM and the
 * magics), with {@code %progress} and the learner's check results recorded into {@code progress}, as
 * {@code threadlab kernel} does. Where progress comes from is decided here only.
 */
final class LearnerEngine {

    private LearnerEngine() {}

    /** A new interpreter; its engine JVM starts now, in the background. */
    static Interpreter create(ProgressStore progress) {
        return new ProgressRecorder(
                new Magics(new JShellInterpreter(), List.of(new ProgressMagic(progress, ZoneId.systemDefault()))),
                progress);
    }
}
