package dev.threadlab.engine;

import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.spi.ExecutionControl.NotImplementedException;
import jdk.jshell.spi.ExecutionControl.RunException;
import jdk.jshell.spi.ExecutionControl.StoppedException;

/**
 * One JShell extension command sent over JShell's command protocol, the way the engine's forwarder
 * ({@code jdk.jshell.execution.Util.forwardExecutionControl}) reads it: the command prefix, the command's
 * name, its argument as an object; then a result code, and the command's answer after a success. Every
 * engine command of the kernel travels this way ({@code wire.EngineCommands}).
 *
 * <p>It exists for JDK 21: there {@code StreamingExecutionControl.extensionCommand} sends nothing and throws
 * {@code NotImplementedException}, although the engine's forwarder of every JDK from 21 on serves extension
 * commands; JDK 22 and later send them just as this does. The kernel sends them here on every JDK, so that
 * one code path is tested. Not thread-safe: JShell's thread sends every command.
 */
final class ExtensionCommand {

    /** The protocol's numbers (the forwarder's; the JDK keeps them package-private). */
    static final int COMMAND_PREFIX = 0xC03DC03D;
    static final int SUCCESS = 100;
    static final int TERMINATED = 101;
    static final int NOT_IMPLEMENTED = 102;
    static final int INTERNAL_PROBLEM = 103;
    static final int STOPPED = 107;

    private ExtensionCommand() {}

    /**
     * Sends {@code command} with {@code argument} and returns the engine's answer.
     *
     * @throws InternalException when the engine's handler failed (a {@link NotImplementedException} when it has
     *         none for {@code command})
     * @throws RunException when the command was stopped
     * @throws EngineTerminationException when the engine is gone, or answered in a way the protocol does not
     *         allow for an extension command (the connection cannot be trusted after that)
     */
    static Object send(ObjectOutput out, ObjectInput in, String command, Object argument)
            throws RunException, EngineTerminationException, InternalException {
        try {
            out.writeInt(COMMAND_PREFIX);
            out.writeUTF(command);
            out.writeObject(argument);
            out.flush();
            int result = in.readInt();
            return switch (result) {
                case SUCCESS -> in.readObject();
                case NOT_IMPLEMENTED -> throw new NotImplementedException(in.readUTF());
                case INTERNAL_PROBLEM -> throw new InternalException(in.readUTF());
                case TERMINATED -> throw new EngineTerminationException(in.readUTF());
                case STOPPED -> throw new StoppedException();
                default -> throw new EngineTerminationException("the engine answered the command " + command
                        + " with result code " + result + ", which an extension command never gets");
            };
        } catch (EOFException e) {
            throw new EngineTerminationException("the engine ended while it answered the command " + command);
        } catch (IOException | ClassNotFoundException e) {
            throw new EngineTerminationException("the command " + command + " could not be sent or answered: " + e);
        }
    }
}
