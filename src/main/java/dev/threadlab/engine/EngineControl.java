package dev.threadlab.engine;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Optional;
import jdk.jshell.execution.StreamingExecutionControl;

/**
 * The kernel side of JShell's execution control for one engine JVM: commands go over the command
 * connection as with JShell's own remote engine; {@link #stop()} goes over the separate control
 * connection because the command connection is busy while a snippet runs; {@link #close()} kills the
 * engine and its descendants. A grading engine's classes are read first ({@link GradingRules}): one that
 * uses what grading forbids never reaches the engine.
 */
final class EngineControl extends StreamingExecutionControl {

    private final ObjectOutput out;
    private final ObjectInput in;
    private final EngineProcess engine;
    private final boolean grading;
    private volatile String refused;

    EngineControl(ObjectOutput out, ObjectInput in, EngineProcess engine, boolean grading) {
        super(out, in);
        this.out = out;
        this.in = in;
        this.engine = engine;
        this.grading = grading;
    }

    /**
     * Why classes of the last cell were refused, once: JShell itself only leaves such a snippet uninstalled
     * (its use later fails with {@code NoClassDefFoundError}), so the interpreter asks and says why.
     */
    Optional<String> takeRefusal() {
        String reason = refused;
        refused = null;
        return Optional.ofNullable(reason);
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        refuseWhileGrading(classes);
        super.load(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        refuseWhileGrading(classes);
        super.redefine(classes);
    }

    private void refuseWhileGrading(ClassBytecodes[] classes) throws ClassInstallException {
        if (!grading) {
            return;
        }
        for (ClassBytecodes bytes : classes) {
            Optional<String> refused = GradingRules.refusal(bytes.bytecodes());
            if (refused.isPresent()) {
                this.refused = "This cell uses " + refused.get() + ", which is not available while a notebook is"
                        + " graded: reflection, class loaders and the JDK's internals could reach into the checks."
                        + " The lessons need none of it; solve the exercise without it.";
                throw new ClassInstallException(this.refused, new boolean[classes.length]);
            }
        }
    }

    /** Sent by {@link ExtensionCommand}: JDK 21's {@code StreamingExecutionControl} sends none. */
    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        return ExtensionCommand.send(out, in, command, arg);
    }

    EngineProcess engine() {
        return engine;
    }

    @Override
    public void stop() {
        engine.control().stop();
    }

    @Override
    public void close() {
        engine.kill();
    }
}
