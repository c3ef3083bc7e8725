package dev.threadlab.display;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake sink that remembers every call, for tests. Thread-safe. Registered as an extension
 * ({@code @RegisterExtension final RecordingSink sink = new RecordingSink();}) it is the display sink
 * during each test, and the previous sink is put back after it.
 */
public final class RecordingSink implements DisplaySink, BeforeEachCallback, AfterEachCallback {

    /** One call on the sink: {@code kind} is display, update or clear. */
    public record Call(String kind, MimeBundle bundle, String displayId, boolean waitForNext) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private DisplaySink previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = Display.install(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Display.install(previous);
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        calls.add(new Call("display", bundle, displayId, false));
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        calls.add(new Call("update", bundle, displayId, false));
    }

    @Override
    public void clear(boolean wait) {
        calls.add(new Call("clear", null, null, wait));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }
}
