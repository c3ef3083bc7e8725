package dev.threadlab.agent;

import dev.threadlab.display.Display;
import dev.threadlab.display.DisplaySink;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.DisplayMessage;
import dev.threadlab.wire.Wire;
import java.util.Objects;

/**
 * The engine's {@link DisplaySink}: sends display, update and clear operations to the kernel on the
 * {@link Wire#DISPLAY} stream, in order with stdout and stderr. Thread-safe.
 *
 * <p>{@link #sink()} answers the installed sink (null outside the engine). At start-up the engine installs
 * it into {@link Display}, so user code's displays reach the notebook.
 */
public final class DisplayChannel implements DisplaySink {

    private static volatile DisplaySink installed;

    private final Multiplexer multiplexer;

    DisplayChannel(Multiplexer multiplexer) {
        this.multiplexer = multiplexer;
    }

    /** The sink of this engine, or null when not running inside an engine JVM. */
    public static DisplaySink sink() {
        return installed;
    }

    /** Makes {@code channel} the engine's sink, for the Display API that user code calls. */
    static void install(DisplayChannel channel) {
        installed = channel;
        Display.install(channel);
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        send(new DisplayMessage(DisplayMessage.OP_DISPLAY, Objects.requireNonNull(bundle, "bundle"), displayId, false));
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        Objects.requireNonNull(displayId, "an update needs the displayId of an earlier display");
        send(new DisplayMessage(DisplayMessage.OP_UPDATE, Objects.requireNonNull(bundle, "bundle"), displayId, false));
    }

    @Override
    public void clear(boolean wait) {
        send(new DisplayMessage(DisplayMessage.OP_CLEAR, MimeBundle.empty(), null, wait));
    }

    private void send(DisplayMessage message) {
        byte[] encoded = message.encode();
        multiplexer.append(Wire.DISPLAY, encoded, 0, encoded.length, false);
    }
}
