package dev.threadlab.engine;

import dev.threadlab.agent.Wire;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Makes JShell run snippets in a fresh engine JVM of our own ({@link EngineProcess}): both sockets with
 * TCP_NODELAY (JShell's default remote engine pays ~190 ms per snippet to Nagle's algorithm), buffered
 * reads, and the streams wired to an {@link OutputRouter}. One provider per JShell instance; remembers
 * the control it generated.
 */
final class EngineControlProvider implements ExecutionControlProvider {

    private final EngineOptions options;
    private final OutputRouter router;
    private volatile EngineControl generated;

    EngineControlProvider(EngineOptions options, OutputRouter router) {
        this.options = options;
        this.router = router;
    }

    @Override
    public String name() {
        return "threadlab";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        EngineProcess engine = EngineProcess.launch(options);
        try {
            Socket socket = engine.command();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            OutputStream out = socket.getOutputStream();
            Map<String, OutputStream> outputs = Map.of(
                    Wire.OUT, router.textStream(false),
                    Wire.ERR, router.textStream(true),
                    Wire.DISPLAY, router.displayStream(),
                    Wire.SYNC, router.syncStream());
            Map<String, InputStream> inputs = Map.of(Wire.IN, router.stdin());
            EngineControl control = (EngineControl) jdk.jshell.execution.Util.remoteInputOutput(in, out, outputs,
                    inputs, (objectIn, objectOut) -> new EngineControl(objectOut, objectIn, engine));
            generated = control;
            return control;
        } catch (IOException | RuntimeException e) {
            engine.kill();
            throw e;
        }
    }

    /** The control generated for the JShell instance, or null before {@code build()}. */
    EngineControl generated() {
        return generated;
    }
}
