package dev.threadlab.display;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The facade user code calls to show rich output from anywhere in a cell, from any thread.
 *
 * <pre>{@code
 * DisplayHandle h = Display.show(table);      // a Displayable, a MimeBundle, or anything (as text)
 * h.update(Display.bundleOf("done"));          // replaces that output in place
 * Display.html("<b>hello</b>");                // also carries a text/plain fallback
 * }</pre>
 *
 * <p>Where the output goes is a {@link DisplaySink}: the engine agent calls {@link #install} once;
 * until then (a plain Java program, a test) a fallback sink prints {@code text/plain} to
 * {@code System.out}, and an update prints again. Every display gets a random UUID display id, so
 * any display can be updated later. Thread-safe: the sink is read atomically on each call. Null
 * arguments to {@code show} display as {@code "null"}; other nulls are rejected.
 */
public final class Display {

    private static final DisplaySink FALLBACK = new PlainTextSink(System.out);
    private static final AtomicReference<DisplaySink> SINK = new AtomicReference<>(FALLBACK);

    private Display() {
    }

    /**
     * Makes {@code sink} receive every later display; {@code null} restores the fallback that
     * prints text. Returns the sink it replaced, so a test can put it back.
     */
    public static DisplaySink install(DisplaySink sink) {
        return SINK.getAndSet(sink == null ? FALLBACK : sink);
    }

    /** The sink displays go to now (the text fallback when none was installed). */
    public static DisplaySink sink() {
        return SINK.get();
    }

    /** Shows {@code value} now and returns a handle to replace or blank it later. */
    public static DisplayHandle show(Object value) {
        DisplaySink sink = SINK.get();
        DisplayHandle handle = new DisplayHandle(sink, UUID.randomUUID().toString());
        MimeBundle bundle = bundleOf(value);
        if (!bundle.data().isEmpty()) { // empty means nothing to show (see Displayable)
            sink.display(bundle, handle.displayId());
        }
        return handle;
    }

    /** Shows HTML; the text fallback is the HTML with tags stripped and entities decoded. */
    public static DisplayHandle html(String html) {
        return show(htmlBundle(html));
    }

    /** Shows Markdown; the text fallback is the Markdown source itself. */
    public static DisplayHandle markdown(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return show(MimeBundle.text(markdown).with("text/markdown", markdown));
    }

    /** Shows an SVG image; the text fallback names it and its size. */
    public static DisplayHandle svg(String svg) {
        Objects.requireNonNull(svg, "svg");
        String plain = "[SVG image, " + svg.length() + " characters]";
        return show(MimeBundle.text(plain).with("image/svg+xml", svg));
    }

    /** Clears the cell's output now, or with {@code wait} when the next output arrives. */
    public static void clear(boolean wait) {
        SINK.get().clear(wait);
    }

    /**
     * The bundle {@code show} would display: a {@link Displayable}'s own bundle, a
     * {@link MimeBundle} as is, anything else as {@code text/plain} of {@code String.valueOf}. A
     * Displayable's bundle without {@code text/plain} gets {@code String.valueOf} as its fallback,
     * unless it is empty: that means nothing to show.
     */
    public static MimeBundle bundleOf(Object value) {
        if (value instanceof MimeBundle bundle) {
            return bundle;
        }
        if (value instanceof Displayable displayable) {
            MimeBundle bundle = displayable.mimeBundle();
            if (bundle == null) {
                throw new IllegalStateException(
                        "Displayable.mimeBundle() must not return null, was null from " + value.getClass().getName());
            }
            // The contract asks for text/plain; a terminal shows nothing without it, so add one,
            // except to an empty bundle, which means "nothing to show" (e.g. a DisplayHandle).
            return bundle.data().isEmpty() || bundle.data().containsKey(MimeBundle.TEXT_PLAIN) ? bundle
                    : bundle.with(MimeBundle.TEXT_PLAIN, String.valueOf(value));
        }
        return MimeBundle.text(String.valueOf(value));
    }

    /** An HTML bundle with a readable text fallback. */
    static MimeBundle htmlBundle(String html) {
        Objects.requireNonNull(html, "html");
        return MimeBundle.text(plainTextOf(html)).with("text/html", html);
    }

    /** A rough text rendering of HTML: tags dropped, line-ish tags become newlines, entities decoded. */
    static String plainTextOf(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6])>", "\n")
                .replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("<[^>]*>", "");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return text.strip();
    }
}
