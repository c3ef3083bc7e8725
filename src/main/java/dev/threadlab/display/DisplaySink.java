package dev.threadlab.display;

/**
 * Where rich displays go. Inside the engine JVM the agent installs a sink that sends bundles to the
 * kernel (which turns them into {@code display_data}); without one, displays fall back to printing
 * {@code text/plain}, so toolkit code also works in a plain Java program. Implementations are
 * thread-safe: user code displays from any thread.
 */
public interface DisplaySink {

    /** Shows {@code bundle}; {@code displayId} is null for a display that will never be updated. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces the display shown earlier under {@code displayId}. */
    void update(MimeBundle bundle, String displayId);

    /** Clears the current cell's output; with {@code wait}, when the next output arrives. */
    void clear(boolean wait);
}
