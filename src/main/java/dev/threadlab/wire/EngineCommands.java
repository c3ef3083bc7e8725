package dev.threadlab.wire;

import dev.threadlab.display.MimeBundle;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.spi.ExecutionControl;

/**
 * The engine's commands beyond JShell's own, as methods with typed arguments and answers (jdk.jshell's
 * {@code ExecutionControl} is the model: commands are methods, a failure is a typed exception). The agent
 * implements this interface; the kernel calls it through {@link #over(Sender)}. On the connection each
 * command is JShell's {@code extensionCommand(name, argument)} carrying only JDK types, coded in
 * {@link EngineCommandCodec} and nowhere else, so neither JVM deserializes a class of ours.
 *
 * <p>Thread contract as JShell's: one caller at a time, between evaluations.
 */
public interface EngineCommands {

    /**
     * The bundle of the newest variable named {@code variable} when its value is a
     * {@code dev.threadlab.display.Displayable}; empty when it is not, or when it has no bundle.
     */
    Optional<MimeBundle> render(String variable) throws EngineCommandException;

    /** Cell {@code tag}, shown as {@code In [executionCount]}, starts now: its snippets, threads and output carry the tag. */
    void beginCell(int tag, int executionCount) throws EngineCommandException;

    /**
     * Every {@code Check.cell} of the current cell earns nothing: each requirement fails with {@code reason}
     * (what is wrong and what to do), its code not run. Until the next {@link #beginCell}.
     */
    void refuseChecks(String reason) throws EngineCommandException;

    /**
     * What a check of the current cell says when the code it runs throws JShell's
     * {@code SPIResolutionException} (a method that cannot be used until a name it uses is declared): why,
     * by the id of the snippet that cannot run. Until the next {@link #beginCell}.
     */
    void explainUnresolved(Map<String, String> whyBySnippetId) throws EngineCommandException;

    /**
     * The cell ended (its {@code main} thread ends, {@link Wire#RAW_SYNC} is written below System.out);
     * answers the line about the threads and processes it left running, if any.
     */
    Optional<String> endCell() throws EngineCommandException;

    /** Interrupts the live threads the current cell started. */
    void interruptCell() throws EngineCommandException;

    /** The engine's heap after a full collection. */
    HeapUse memory() throws EngineCommandException;

    /** The engine's live user threads and child processes. */
    ThreadTable threads() throws EngineCommandException;

    /** How the kernel sends one command: JShell's {@code ExecutionControl::extensionCommand}. */
    @FunctionalInterface
    interface Sender {
        Object send(String command, Object argument) throws ExecutionControl.ExecutionControlException;
    }

    /** The commands, sent through {@code sender} (the kernel's side). */
    static EngineCommands over(Sender sender) {
        return new EngineCommandCodec.Client(sender);
    }

    /** Whether {@code command} is one of these commands (else it is JShell's, or unknown). */
    static boolean handles(String command) {
        return EngineCommandCodec.handles(command);
    }

    /**
     * The engine's side: decodes {@code command}'s {@code argument}, calls {@code target} and answers what goes
     * back on the connection.
     *
     * @throws EngineCommandException when the argument is not what the command takes, or {@code target} failed
     */
    static Object serve(EngineCommands target, String command, Object argument) throws EngineCommandException {
        return EngineCommandCodec.serve(target, command, argument);
    }
}
