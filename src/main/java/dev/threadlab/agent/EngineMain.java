package dev.threadlab.agent;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.Util;

/**
 * Entry point of the engine JVM: {@code EngineMain <host> <port>}. Connects twice to the kernel's
 * loopback server socket (commands and streams first, stop requests second), installs stdout, stderr,
 * stdin and the display sink, then serves JShell's commands until the kernel closes the connection.
 */
public final class EngineMain {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private EngineMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EngineMain <host> <port>, was " + args.length + " arguments");
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String token = System.getenv().getOrDefault(Wire.TOKEN_ENV, "");
        Socket command = connect(host, port, Wire.COMMAND_CONNECTION, token);
        Socket control = connect(host, port, Wire.CONTROL_CONNECTION, token);

        OutputStream socketOut = command.getOutputStream();
        Multiplexer multiplexer = new Multiplexer(socketOut);
        System.setOut(new PrintStream(multiplexer.channel(Wire.OUT), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(multiplexer.channel(Wire.ERR), true, StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(multiplexer::flush, "threadlab-final-flush"));
        DisplayChannel.install(new DisplayChannel(multiplexer));

        AgentExecutionControl control0 = new AgentExecutionControl(multiplexer);
        startStopListener(control, control0);
        Map<String, Consumer<InputStream>> inputs = Map.of(
                Wire.IN, in -> System.setIn(new FlushingInput(in, multiplexer)));
        Util.forwardExecutionControlAndIO(control0, new BufferedInputStream(command.getInputStream(), 1 << 16),
                socketOut, Map.of(), inputs);
        // The kernel closed the connection or asked us to close: leave at once, whatever user threads remain.
        multiplexer.flush();
        Runtime.getRuntime().halt(0);
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

    private static void startStopListener(Socket control, AgentExecutionControl executionControl) {
        Thread listener = new Thread(() -> {
            try (InputStream in = control.getInputStream()) {
                int b;
                while ((b = in.read()) >= 0) {
                    if (b == Wire.STOP) {
                        executionControl.stop();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // connection gone: the command loop ends too
            } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
                System.err.println("threadlab agent: stop failed: " + e);
            }
            // The kernel is gone: nobody will read our output any more.
            Runtime.getRuntime().halt(0);
        }, "threadlab-stop-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Standard input that flushes pending output first, so a prompt shows before the kernel asks. */
    private static final class FlushingInput extends InputStream {
        private final InputStream delegate;
        private final Multiplexer multiplexer;

        FlushingInput(InputStream delegate, Multiplexer multiplexer) {
            this.delegate = delegate;
            this.multiplexer = multiplexer;
        }

        @Override public int read() throws IOException {
            multiplexer.flush();
            return delegate.read();
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int first = read();
            if (first < 0) {
                return -1;
            }
            b[off] = (byte) first;
            int n = 1;
            while (n < len && delegate.available() > 0) {
                int next = delegate.read();
                if (next < 0) {
                    break;
                }
                b[off + n++] = (byte) next;
            }
            return n;
        }

        @Override public int available() throws IOException {
            return delegate.available();
        }
    }
}
