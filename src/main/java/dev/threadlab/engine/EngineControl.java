package dev.threadlab.engine;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import jdk.jshell.execution.StreamingExecutionControl;

/**
 * The kernel side of JShell's execution control for one engine JVM: commands go over the command
 * connection as with JShell's own remote engine; {@link #stop()} goes over the separate control
 * connection because the command connection is busy while a snippet runs; {@link #close()} kills the
 * engine and its descendants.
 */
final class EngineControl extends StreamingExecutionControl {

    private final EngineProcess engine;

    EngineControl(ObjectOutput out, ObjectInput in, EngineProcess engine) {
        super(out, in);
        this.engine = engine;
    }

    EngineProcess engine() {
        return engine;
    }

    @Override
    public void stop() {
        engine.sendStop();
    }

    @Override
    public void close() {
        engine.kill();
    }
}
