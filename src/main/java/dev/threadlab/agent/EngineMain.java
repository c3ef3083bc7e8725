package dev.threadlab.agent;

import dev.threadlab.wire.ChannelStreams;
import dev.threadlab.toolkit.internal.CellCode;
import dev.threadlab.wire.Wire;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import jdk.jshell.execution.Util;

/**
 * Entry point of the engine JVM: {@code EngineMain <host> <port>} (loopback TCP) or {@code EngineMain
 * <socket path>} (a Unix domain socket, for a sandboxed engine). Reads the secret token from its standard
 * input (the kernel writes one line and closes it, so user code cannot read it later), connects twice to
 * the kernel (commands and output first, control second; TCP_NODELAY on TCP), installs stdout, stderr,
 * stdin and the display sink, then serves JShell's commands until the kernel closes the connection, and
 * halts.
 */
public final class EngineMain {

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
        if (args.length != 1 && args.length != 2) {
            throw new IllegalArgumentException("usage: EngineMain <host> <port> | EngineMain <socket path>, was "
                    + args.length + " arguments");
        }
        SocketAddress kernel = args.length == 2
                ? new InetSocketAddress(args[0], Integer.parseInt(args[1])) : UnixDomainSocketAddress.of(args[0]);
        String token = readToken(System.in);
        if (Boolean.getBoolean("threadlab.grading")) {
            // No other process of the user (a child a cell starts) may read or write this one's memory.
            Undumpable.apply().ifPresent(why -> DIAGNOSTICS.println("threadlab agent: the grading engine's memory stays"
                    + " open to other processes of its user: " + why));
        }
        SocketChannel command = connect(kernel, Wire.COMMAND_CONNECTION, token);
        SocketChannel control = connect(kernel, Wire.CONTROL_CONNECTION, token);

        Multiplexer multiplexer = new Multiplexer(ChannelStreams.output(command));
        DataOutputStream controlOut = new DataOutputStream(ChannelStreams.output(control));
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
        ReportForwarder.install(new ReportForwarder(multiplexer, DIAGNOSTICS));

        AgentExecutionControl executionControl = new AgentExecutionControl(multiplexer, streams);
        CellCode.install(executionControl::stopCellCode);
        haltWhenTheKernelDies();
        startControlListener(control, executionControl, stdin, multiplexer);
        warmUpThreadInspection(executionControl);
        // Cells run on a thread named main (CellMain): a thread dump taken in a cell must not show two.
        Thread.currentThread().setName("threadlab-commands");
        ObjectOutputStream responses = new ObjectOutputStream(multiplexer.commandStream());
        responses.flush();
        ObjectInputStream commands = new ObjectInputStream(new BufferedInputStream(ChannelStreams.input(command), 1 << 16));
        Util.forwardExecutionControl(executionControl, commands, responses);
        // The kernel closed the connection or asked us to close: leave at once, whatever user threads remain.
        multiplexer.flush();
        halt(0);
    }

    /**
     * Loads the JMX thread classes in the background: the first deadlock check costs ~0.5 s otherwise, and
     * it runs while a learner waits for an interrupted cell to answer.
     */
    private static void warmUpThreadInspection(AgentExecutionControl executionControl) {
        Thread warmUp = new Thread(executionControl::stuckThreads, "threadlab-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** The first line of standard input, read a byte at a time so that nothing after it is taken. */
    private static String readToken(InputStream in) throws IOException {
        StringBuilder token = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && token.length() < 100) {
            token.append((char) b);
        }
        return token.toString();
    }

    private static SocketChannel connect(SocketAddress kernel, byte kind, String token) throws IOException {
        SocketChannel channel = SocketChannel.open(kernel);
        if (kernel instanceof InetSocketAddress) {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        OutputStream out = ChannelStreams.output(channel);
        byte[] hello = (((char) kind) + token + "\n").getBytes(StandardCharsets.ISO_8859_1);
        out.write(hello);
        out.flush();
        return channel;
    }

    private static void startControlListener(SocketChannel control, AgentExecutionControl executionControl,
                                             RemoteStdin stdin, Multiplexer multiplexer) {
        Thread listener = new Thread(() -> {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(control)))) {
                while (true) {
                    byte kind = in.readByte();
                    Thread.interrupted(); // a cell may interrupt every thread; the thread dump below reads a file
                    switch (kind) {
                        case Wire.STOP -> executionControl.stop();
                        case Wire.THREAD_DUMP -> {
                            byte[] dump = executionControl.stuckThreads().getBytes(StandardCharsets.UTF_8);
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
