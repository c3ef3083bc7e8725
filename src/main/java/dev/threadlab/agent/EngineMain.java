package dev.threadlab.agent;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import jdk.jshell.execution.Util;

/**
 * Entry point of the engine JVM: {@code EngineMain <host> <port>}. Connects twice to the kernel's
 * loopback server socket (commands and output first, control second; TCP_NODELAY on both), installs
 * stdout, stderr, stdin and the display sink, then serves JShell's commands until the kernel closes the
 * connection, and halts.
 */
public final class EngineMain {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    /** The process's own stderr, for the agent's rare diagnostics (the kernel logs it); never the user's. */
    static final PrintStream DIAGNOSTICS = System.err;

    private EngineMain() {}

    /**
     * The engine lives only as long as its kernel. The command stream cannot tell while a cell runs (its
     * thread is inside user code), so a kernel killed with SIGKILL would leave a busy loop spinning here.
     */
    private static void haltWhenTheKernelDies() {
        ProcessHandle.current().parent().ifPresent(kernel -> kernel.onExit().thenRun(() -> halt(0)));
    }

    /**
     * Ends the engine at once, with every process it started (a child and the child's children): none may
     * outlive the engine, re-parented to init with nobody left to stop it.
     */
    static void halt(int status) {
        killDescendants();
        Runtime.getRuntime().halt(status);
    }

    private static void killDescendants() {
        try {
            ProcessHandle.current().descendants().toList().forEach(ProcessHandle::destroyForcibly);
        } catch (RuntimeException e) {
            DIAGNOSTICS.println("threadlab agent: child processes could not be ended: " + e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EngineMain <host> <port>, was " + args.length + " arguments");
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String token = System.getenv().getOrDefault(Wire.TOKEN_ENV, "");
        Socket command = connect(host, port, Wire.COMMAND_CONNECTION, token);
        Socket control = connect(host, port, Wire.CONTROL_CONNECTION, token);

        Multiplexer multiplexer = new Multiplexer(command.getOutputStream());
        DataOutputStream controlOut = new DataOutputStream(control.getOutputStream());
        RemoteStdin stdin = new RemoteStdin(controlOut, multiplexer);
        StandardStreams streams = new StandardStreams(new UnclosablePrintStream(multiplexer.channel(Wire.OUT)),
                new UnclosablePrintStream(multiplexer.channel(Wire.ERR)), stdin);
        streams.install();
        CellMain.install();
        Runtime.getRuntime().addShutdownHook(new Thread(multiplexer::flushForShutdown, "threadlab-final-flush"));
        // System.exit in a cell: its child processes end with the engine (Runtime.halt skips this; the
        // kernel sweeps up after that).
        Runtime.getRuntime().addShutdownHook(new Thread(EngineMain::killDescendants, "threadlab-end-children"));
        DisplayChannel.install(new DisplayChannel(multiplexer));

        AgentExecutionControl executionControl = new AgentExecutionControl(multiplexer, streams);
        haltWhenTheKernelDies();
        startControlListener(control, executionControl, stdin, multiplexer);
        warmUpThreadInspection();
        // Cells run on a thread named main (CellMain): a thread dump taken in a cell must not show two.
        Thread.currentThread().setName("threadlab-commands");
        ObjectOutputStream responses = new ObjectOutputStream(multiplexer.commandStream());
        responses.flush();
        ObjectInputStream commands = new ObjectInputStream(new BufferedInputStream(command.getInputStream(), 1 << 16));
        Util.forwardExecutionControl(executionControl, commands, responses);
        // The kernel closed the connection or asked us to close: leave at once, whatever user threads remain.
        multiplexer.flush();
        halt(0);
    }

    /**
     * Loads the JMX thread classes in the background: the first deadlock check costs ~0.5 s otherwise, and
     * it runs while a learner waits for an interrupted cell to answer.
     */
    private static void warmUpThreadInspection() {
        Thread warmUp = new Thread(StuckThreads::describe, "threadlab-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private static Socket connect(String host, int port, byte kind, String token) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        OutputStream out = socket.getOutputStream();
        out.write(kind);
        out.write((token + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    private static void startControlListener(Socket control, AgentExecutionControl executionControl,
                                             RemoteStdin stdin, Multiplexer multiplexer) {
        Thread listener = new Thread(() -> {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(control.getInputStream()))) {
                while (true) {
                    byte kind = in.readByte();
                    Thread.interrupted(); // a cell may interrupt every thread; the thread dump below reads a file
                    switch (kind) {
                        case Wire.STOP -> executionControl.stop();
                        case Wire.THREAD_DUMP -> {
                            byte[] dump = StuckThreads.describe().getBytes(StandardCharsets.UTF_8);
                            multiplexer.append(Wire.THREADS, dump, 0, dump.length, true);
                        }
                        case Wire.INPUT -> stdin.deliver(in.readInt(), readBytes(in), null);
                        case Wire.INPUT_END -> stdin.deliver(in.readInt(), null,
                                new String(readBytes(in), StandardCharsets.UTF_8));
                        default -> throw new IOException("unknown control byte " + kind);
                    }
                }
            } catch (EOFException e) {
                // the kernel closed the control connection
            } catch (IOException | RuntimeException e) {
                DIAGNOSTICS.println("threadlab agent: control connection failed: " + e);
            }
            // The kernel is gone: nobody will read our output any more.
            halt(0);
        }, "threadlab-control-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}
