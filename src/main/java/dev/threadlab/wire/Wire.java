package dev.threadlab.wire;

/**
 * The framing shared by the kernel and the engine JVM: connection handshake, frame channels and control
 * bytes. What travels inside frames is typed elsewhere in this package ({@link DisplayMessage},
 * {@link ReportFrame}, {@link EngineCommands}, {@link ThreadDumpText}). Stateless; thread-safe.
 *
 * <p>The command connection carries JShell's command protocol ({@code StreamingExecutionControl} /
 * {@code Util.forwardExecutionControl}) raw from kernel to engine, and {@link #frame frames} from engine
 * to kernel: command responses, stdout, stderr, displays, check reports, {@link #CELL} tags and {@link #SYNC} marks (end of a coalesced batch,
 * so the kernel hands everything received so far to the cell's output at once). A whole command or
 * response is one socket write. The control connection carries {@link #STOP} and standard input.
 */
public final class Wire {

    /** Frame channel: bytes of JShell's command responses. */
    public static final byte COMMAND = 0;
    /** Frame channel: standard output of user code, UTF-8. */
    public static final byte OUT = 1;
    /** Frame channel: standard error of user code, UTF-8. */
    public static final byte ERR = 2;
    /** Frame channel: display messages, each length-prefixed (see {@link DisplayMessage#encode}). */
    public static final byte DISPLAY = 3;
    /** Frame channel: end of a batch (no data). */
    public static final byte SYNC = 4;
    /** Frame channel: answer to {@link #THREAD_DUMP}, UTF-8 text. */
    public static final byte THREADS = 5;
    /**
     * Frame channel: the following {@link #OUT}, {@link #ERR} and {@link #DISPLAY} frames were produced by
     * threads of the cell with this tag (4-byte big-endian int; 0: a thread whose cell is unknown). Sent
     * only when the tag changes; the state carries over from batch to batch.
     */
    public static final byte CELL = 6;
    /**
     * Written by the engine to its own standard output and error (the file descriptors, below
     * {@code System.out}) when a cell ends; the kernel drops it and knows everything written before has
     * arrived. Starts with a NUL byte, which text output does not contain.
     */
    public static final byte[] RAW_SYNC = {0, 't', 'h', 'r', 'e', 'a', 'd', 'l', 'a', 'b', '-', 's', 'y', 'n', 'c', 0};
    /**
     * Frame channel: the genuine report of a check cell, which only the agent sends (see
     * {@code ReportForwarder}): {@link ReportFrame#encode}. Tagged with its cell like output.
     */
    public static final byte REPORT = 7;
    /** Bytes before a frame's data: channel, then data length as a big-endian int. */
    public static final int FRAME_HEADER = 5;

    /** First byte sent on the connection that carries JShell's commands and the streams. */
    public static final byte COMMAND_CONNECTION = 'C';
    /** First byte sent on the control connection. */
    public static final byte CONTROL_CONNECTION = 'S';
    /**
     * The engine JVM's main class (in the agent, which the kernel never loads: it only names it on the
     * engine's command line).
     */
    public static final String ENGINE_MAIN_CLASS = "dev.threadlab.agent.EngineMain";

    /** Control, kernel to engine: stop the running snippet. */
    public static final byte STOP = 's';
    /** Control, kernel to engine: describe the cell's threads (answered on {@link #THREADS}). */
    public static final byte THREAD_DUMP = 'd';
    /** Control, engine to kernel: user code waits for a line of standard input (int request id follows). */
    public static final byte INPUT_REQUEST = 'r';
    /**
     * Control, engine to kernel: user code asks for a line with a prompt ({@code Input.password}): int
     * request id, a password byte (1 hides the typing), int length, UTF-8 prompt. Answered as {@link #INPUT_REQUEST}.
     */
    public static final byte INPUT_PROMPT = 'p';
    /** Control, kernel to engine: input follows (int request id, int length, UTF-8 bytes). */
    public static final byte INPUT = 'i';
    /** Control, kernel to engine: no input (end of file); int request id, then a message (int length, UTF-8). */
    public static final byte INPUT_END = 'e';
    private Wire() {}

    /** Writes the header of a frame of {@code length} bytes on {@code channel} into {@code target} at {@code at}. */
    public static void frame(byte[] target, int at, byte channel, int length) {
        target[at] = channel;
        target[at + 1] = (byte) (length >>> 24);
        target[at + 2] = (byte) (length >>> 16);
        target[at + 3] = (byte) (length >>> 8);
        target[at + 4] = (byte) length;
    }
}
