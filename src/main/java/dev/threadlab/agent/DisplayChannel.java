package dev.threadlab.agent;

import dev.threadlab.display.DisplaySink;
import dev.threadlab.display.MimeBundle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Objects;

/**
 * The engine's {@link DisplaySink}: sends display, update and clear operations to the kernel on the
 * {@link Wire#DISPLAY} stream, in order with stdout and stderr. Thread-safe.
 *
 * <p>{@link #sink()} answers the installed sink (null outside the engine). When the display package has a
 * class {@code dev.threadlab.display.Display} with a public static method taking one {@link DisplaySink},
 * the engine calls it at start-up, so the user-facing Display API needs no dependency on this package.
 */
public final class DisplayChannel implements DisplaySink {

    private static final String DISPLAY_API = "dev.threadlab.display.Display";
    private static volatile DisplaySink installed;

    private final Multiplexer multiplexer;

    DisplayChannel(Multiplexer multiplexer) {
        this.multiplexer = multiplexer;
    }

    /** The sink of this engine, or null when not running inside an engine JVM. */
    public static DisplaySink sink() {
        return installed;
    }

    /** Makes {@code channel} the engine's sink and hands it to the Display API when there is one. */
    static void install(DisplayChannel channel) {
        installed = channel;
        try {
            Class<?> api = Class.forName(DISPLAY_API);
            for (Method method : api.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == DisplaySink.class) {
                    method.invoke(null, channel);
                    return;
                }
            }
        } catch (ClassNotFoundException e) {
            // No Display API on the class path: user code can still call DisplayChannel.sink().
        } catch (ReflectiveOperationException e) {
            EngineMain.DIAGNOSTICS.println("threadlab agent: could not install the display sink: " + e);
        }
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        send(new Wire.DisplayMessage(Wire.OP_DISPLAY, Objects.requireNonNull(bundle, "bundle"), displayId, false));
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        Objects.requireNonNull(displayId, "an update needs the displayId of an earlier display");
        send(new Wire.DisplayMessage(Wire.OP_UPDATE, Objects.requireNonNull(bundle, "bundle"), displayId, false));
    }

    @Override
    public void clear(boolean wait) {
        send(new Wire.DisplayMessage(Wire.OP_CLEAR, MimeBundle.empty(), null, wait));
    }

    private void send(Wire.DisplayMessage message) {
        byte[] encoded = Wire.encodeDisplay(message);
        multiplexer.append(Wire.DISPLAY, encoded, 0, encoded.length, false);
    }
}
