package dev.threadlab.toolkit;

import dev.threadlab.display.Display;
import dev.threadlab.display.DisplayHandle;
import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar that redraws itself in place while threads report steps.
 *
 * <pre>{@code
 * Progress bar = Progress.show("downloads", urls.size());
 * urls.parallelStream().forEach(url -> { fetch(url); bar.step(); });
 * }</pre>
 *
 * <p>It is displayed once through {@link Display} and then updated under the same display id at
 * most every 100 ms, plus once when the count reaches the total, so thousands of steps cost a few
 * updates. Thread-safe: {@code step} is a lock-free add; redrawing takes a short lock (never held
 * while user code runs) so a stale picture can never replace a newer one. In a terminal the text
 * fallback prints a line per redraw: {@code downloads ██████░░░░ 6/10 (60%)}.
 */
public final class Progress implements Displayable {

    /** The shortest time between two redraws. */
    static final long INTERVAL_NANOS = 100_000_000L;
    private static final int BAR = 30;

    private final String label;
    private final long total;
    private final Ticker ticker;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong lastDrawn;
    private final Object drawing = new Object();
    private volatile DisplayHandle handle;

    private Progress(String label, long total, Ticker ticker) {
        this.label = Objects.requireNonNull(label, "label");
        if (total <= 0) {
            throw new IllegalArgumentException("total must be > 0, was " + total);
        }
        this.total = total;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.lastDrawn = new AtomicLong(ticker.read());
    }

    /** Shows a new bar at 0 of {@code total}. */
    public static Progress show(String label, long total) {
        return show(label, total, Ticker.system());
    }

    static Progress show(String label, long total, Ticker ticker) {
        Progress progress = new Progress(label, total, ticker);
        synchronized (progress.drawing) {
            progress.handle = Display.show(progress);
        }
        return progress;
    }

    /** Counts one step done. */
    public void step() {
        step(1);
    }

    /** Counts {@code n} steps done; redraws if 100 ms have passed or the total was just reached. */
    public void step(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + n);
        }
        long now = count.addAndGet(n);
        boolean reachedTotal = now - n < total && now >= total;
        long time = ticker.read();
        long last = lastDrawn.get();
        if (reachedTotal || (time - last >= INTERVAL_NANOS && lastDrawn.compareAndSet(last, time))) {
            redraw();
        }
    }

    /** Steps done so far. */
    public long count() {
        return count.get();
    }

    /** The total given at the start. */
    public long total() {
        return total;
    }

    private void redraw() {
        synchronized (drawing) {
            handle.update(this);
        }
    }

    /** The bar as one line of text. */
    public String line() {
        long done = count.get();
        double fraction = Math.min(1, (double) done / total);
        int full = (int) Math.round(fraction * BAR);
        return String.format(Locale.ROOT, "%s %s%s %s/%s (%d%%)", Text.visible(label), "█".repeat(full),
                "░".repeat(BAR - full), Text.count(done), Text.count(total), Math.round(fraction * 100));
    }

    @Override
    public MimeBundle mimeBundle() {
        long done = count.get();
        double percent = Math.min(100, 100.0 * done / total);
        String html = "<div style=\"font-family:sans-serif;font-size:13px\">" + Text.xml(label)
                + " <span style=\"display:inline-block;width:300px;height:12px;background:#e6e6e6;vertical-align:middle\">"
                + "<span style=\"display:block;height:12px;background:#4e79a7;width:" + Text.coord(percent) + "%\"></span>"
                + "</span> " + Text.count(done) + "/" + Text.count(total) + " (" + Math.round(percent) + "%)</div>";
        return MimeBundle.text(line()).with("text/html", html);
    }
}
