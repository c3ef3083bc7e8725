package dev.threadlab.agent;

import java.lang.reflect.Field;
import java.util.Arrays;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.NotImplementedException;

/**
 * Loads a snippet's classes as javac compiled them, without JShell's stop checks, through the loader that
 * {@link DirectExecutionControl} keeps (the engine's launch opens {@code jdk.jshell.execution} to it): the
 * way out when JShell's weaver cannot handle a class (see {@link AgentExecutionControl#load}). Command thread.
 */
final class Unwoven {

    private static final System.Logger LOG = System.getLogger(Unwoven.class.getName());

    private Unwoven() {
    }

    /**
     * Loads {@code classes} through {@code control}'s loader; rethrows {@code unwoven} when that loader cannot
     * be reached (an engine launched without the opening).
     */
    static void load(DirectExecutionControl control, ClassBytecodes[] classes, IllegalArgumentException unwoven)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        LoaderDelegate loader;
        try {
            Field field = DirectExecutionControl.class.getDeclaredField("loaderDelegate");
            field.setAccessible(true);
            loader = (LoaderDelegate) field.get(control);
        } catch (ReflectiveOperationException | RuntimeException e) {
            unwoven.addSuppressed(e);
            throw unwoven;
        }
        LOG.log(System.Logger.Level.INFO, () -> "JShell could not weave its stop checks into "
                + Arrays.stream(classes).map(ClassBytecodes::name).toList() + " (" + unwoven.getMessage()
                + "); loaded as compiled");
        loader.load(classes);
    }
}
