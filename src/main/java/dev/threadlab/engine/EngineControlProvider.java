package dev.threadlab.engine;

import java.io.IOException;
import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Makes JShell run snippets in a fresh engine JVM of our own ({@link EngineProcess}): both sockets with
 * TCP_NODELAY (JShell's default remote engine pays ~190 ms per snippet to Nagle's algorithm), one socket
 * write per command and response ({@link EngineChannels}), and output wired to an {@link OutputRouter}. One provider per JShell instance; remembers
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
        EngineProcess engine = EngineLauncher.launch(options);
        try {
            EngineControl control = EngineChannels.open(engine, router, options.confinement().grading());
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
