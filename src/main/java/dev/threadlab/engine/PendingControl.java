package dev.threadlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jdk.jshell.spi.ExecutionControl;

/**
 * The execution control JShell gets while its engine JVM is still starting: JShell wants one when it is
 * built, yet compiles imports without it. Commands wait for the engine; class path entries added before it
 * is up are kept and sent first. An engine that failed to start fails every command with why.
 * Commands come from the JShell thread; {@link #stop()} may come from any thread and never waits.
 */
final class PendingControl implements ExecutionControl {

    private static final System.Logger LOG = System.getLogger(PendingControl.class.getName());

    private final CompletableFuture<? extends ExecutionControl> ready;
    // Guarded by this.
    private final List<String> classPath = new ArrayList<>();
    private ExecutionControl control;

    PendingControl(CompletableFuture<? extends ExecutionControl> ready) {
        this.ready = ready;
    }

    /** The engine's control once it is up, with the class path kept meanwhile sent to it. */
    private synchronized ExecutionControl control() throws EngineTerminationException {
        if (control == null) {
            ExecutionControl up;
            try {
                up = ready.get();
            } catch (ExecutionException e) {
                throw new EngineTerminationException("the Java engine did not start: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineTerminationException("interrupted while the Java engine started");
            }
            for (String path : classPath) {
                try {
                    up.addToClasspath(path);
                } catch (InternalException e) {
                    // JShell itself ignores an engine's failure to add a path (the compiler has it regardless).
                    LOG.log(System.Logger.Level.DEBUG, "the engine did not add " + path, e);
                }
            }
            classPath.clear();
            control = up;
        }
        return control;
    }

    @Override
    public void addToClasspath(String path) throws EngineTerminationException, InternalException {
        synchronized (this) {
            if (control == null && !ready.isDone()) {
                classPath.add(path);
                return;
            }
        }
        control().addToClasspath(path);
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        control().load(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        control().redefine(classes);
    }

    @Override
    public String invoke(String className, String methodName) throws RunException, EngineTerminationException,
            InternalException {
        return control().invoke(className, methodName);
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        return control().varValue(className, varName);
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        return control().extensionCommand(command, arg);
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        ExecutionControl up = ready.getNow(null); // nothing runs before the engine is up
        if (up != null) {
            up.stop();
        }
    }

    @Override
    public void close() {
        ready.whenComplete((up, failed) -> {
            if (up != null) {
                up.close();
            }
        });
    }
}
