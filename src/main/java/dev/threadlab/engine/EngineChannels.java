package dev.threadlab.engine;

import dev.threadlab.wire.ReportFrame;
import dev.threadlab.wire.Wire;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The kernel's end of an engine's connections (see {@link Wire}): commands go out raw and buffered, one
 * socket write per command; a reader thread splits the engine's frames into command responses (piped to
 * the JShell thread) and output (to the {@link OutputRouter}); another answers the engine's requests for
 * standard input on the control connection.
 */
final class EngineChannels {

    private static final System.Logger LOG = System.getLogger(EngineChannels.class.getName());

    private EngineChannels() {}

    /**
     * Connects JShell's command protocol to {@code engine}; starts the reader threads. A {@code grading}
     * engine's control refuses classes that break {@link GradingRules}.
     */
    static EngineControl open(EngineProcess engine, OutputRouter router, boolean grading) throws IOException {
        ObjectOutputStream commands = new ObjectOutputStream(
                new BufferedOutputStream(engine.command().out(), 1 << 16));
        commands.flush();
        BytePipe responses = new BytePipe();
        InputStream frames = new BufferedInputStream(engine.command().in(), 1 << 16);
        daemon("threadlab-engine-output-" + engine.pid(), () -> readFrames(frames, responses, router, engine));
        engine.routeRawOutput(router);
        daemon("threadlab-engine-stdin-" + engine.pid(), () -> answerInput(engine, router));
        return new EngineControl(commands, new ObjectInputStream(responses.input()), engine, grading);
    }

    private static void readFrames(InputStream frames, BytePipe responses, OutputRouter router,
                                   EngineProcess engine) {
        OutputStream out = router.textStream(false);
        OutputStream err = router.textStream(true);
        OutputStream display = router.displayStream();
        try (DataInputStream in = new DataInputStream(frames)) {
            while (true) {
                byte channel = in.readByte();
                byte[] data = new byte[in.readInt()];
                in.readFully(data);
                switch (channel) {
                    case Wire.COMMAND -> responses.write(data);
                    case Wire.OUT -> out.write(data);
                    case Wire.ERR -> err.write(data);
                    case Wire.DISPLAY -> display.write(data);
                    case Wire.REPORT -> router.report(ReportFrame.decode(data));
                    case Wire.CELL -> router.cell(java.nio.ByteBuffer.wrap(data).getInt());
                    case Wire.SYNC -> router.flush();
                    case Wire.THREADS -> engine.control().threadDumpArrived(new String(data, StandardCharsets.UTF_8));
                    default -> LOG.log(System.Logger.Level.WARNING, "unknown frame channel {0}", channel);
                }
            }
        } catch (EOFException e) {
            LOG.log(System.Logger.Level.DEBUG, "engine connection closed");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "engine connection failed", e);
        } finally {
            router.flush();
            responses.close();
        }
    }

    private static void answerInput(EngineProcess engine, OutputRouter router) {
        try (DataInputStream in = new DataInputStream(engine.control().in())) {
            byte request;
            while ((request = in.readByte()) == Wire.INPUT_REQUEST || request == Wire.INPUT_PROMPT) {
                int id = in.readInt();
                boolean password = false;
                String prompt = "";
                if (request == Wire.INPUT_PROMPT) {
                    password = in.readByte() != 0;
                    byte[] text = new byte[in.readInt()];
                    in.readFully(text);
                    prompt = new String(text, StandardCharsets.UTF_8);
                }
                byte kind;
                byte[] payload;
                engine.input().waitBegins();
                try {
                    payload = router.readLine(prompt, password).getBytes(StandardCharsets.UTF_8);
                    kind = Wire.INPUT;
                } catch (IOException e) {
                    boolean refused = !(e instanceof InterruptedIOException) && e.getMessage() != null;
                    if (refused) {
                        engine.input().refused(e.getMessage());
                    }
                    payload = (refused ? e.getMessage() : "").getBytes(StandardCharsets.UTF_8);
                    kind = Wire.INPUT_END;
                } finally {
                    engine.input().waitEnds();
                }
                engine.control().send(kind, id, payload);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "engine control connection closed", e);
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A blocking byte pipe from the reader thread to the JShell thread; closing it means end of input. */
    static final class BytePipe {
        private final java.util.ArrayDeque<byte[]> chunks = new java.util.ArrayDeque<>();
        private byte[] current = new byte[0];
        private int next;
        private boolean closed;

        synchronized void write(byte[] data) {
            if (data.length > 0) {
                chunks.add(data);
                notifyAll();
            }
        }

        synchronized void close() {
            closed = true;
            notifyAll();
        }

        InputStream input() {
            return new InputStream() {
                @Override public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override public int read(byte[] b, int off, int len) throws IOException {
                    return take(b, off, len);
                }
            };
        }

        private synchronized int take(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (next >= current.length) {
                byte[] chunk = chunks.poll();
                if (chunk != null) {
                    current = chunk;
                    next = 0;
                } else if (closed) {
                    return -1;
                } else {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while waiting for the engine");
                    }
                }
            }
            int n = Math.min(len, current.length - next);
            System.arraycopy(current, next, b, off, n);
            next += n;
            return n;
        }
    }
}
