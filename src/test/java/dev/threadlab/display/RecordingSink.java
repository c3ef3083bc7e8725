package dev.threadlab.display;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fake sink that remembers every call, for tests. Thread-safe. */
public final class RecordingSink implements DisplaySink {

    /** One call on the sink: {@code kind} is display, update or clear. */
    public record Call(String kind, MimeBundle bundle, String displayId, boolean waitForNext) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

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
