package dev.threadlab.maven;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.transfer.TransferResource;

/**
 * The progress line of a resolution: one line per jar that starts downloading, and at most one update
 * of it every {@value #EVERY_MS} ms while it arrives ({@code \r} rewrites the line in notebooks and
 * terminals). Counts the files and bytes downloaded. Transfers may report from several threads.
 */
final class Downloads extends AbstractTransferListener {

    static final long EVERY_MS = 250;

    private final Consumer<String> progress;
    private final LongSupplier millis;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private long lastUpdate;
    private boolean lineOpen;

    Downloads(Consumer<String> progress) {
        this(progress, System::currentTimeMillis);
    }

    Downloads(Consumer<String> progress, LongSupplier millis) {
        this.progress = progress;
        this.millis = millis;
    }

    @Override
    public synchronized void transferStarted(TransferEvent event) {
        if (event.getRequestType() != TransferEvent.RequestType.GET || !isJar(event)) {
            return;
        }
        TransferResource r = event.getResource();
        write("\rDownloading " + fileName(r) + " from " + r.getRepositoryId() + size(r.getContentLength()));
        lastUpdate = millis.getAsLong();
    }

    @Override
    public synchronized void transferProgressed(TransferEvent event) {
        long now = millis.getAsLong();
        if (event.getRequestType() != TransferEvent.RequestType.GET || !isJar(event) || now - lastUpdate < EVERY_MS) {
            return;
        }
        lastUpdate = now;
        TransferResource r = event.getResource();
        long total = r.getContentLength();
        write("\rDownloading " + fileName(r) + ": " + bytes(event.getTransferredBytes())
                + (total > 0 ? " of " + bytes(total) : ""));
    }

    @Override
    public synchronized void transferSucceeded(TransferEvent event) {
        if (event.getRequestType() != TransferEvent.RequestType.GET) {
            return;
        }
        count.incrementAndGet();
        bytes.addAndGet(event.getTransferredBytes());
        if (isJar(event)) {
            write("\rDownloaded " + fileName(event.getResource()) + " (" + bytes(event.getTransferredBytes()) + ")");
        }
    }

    /** Ends the progress line, if one was written. */
    synchronized void finish() {
        if (lineOpen) {
            progress.accept("\n");
            lineOpen = false;
        }
    }

    int count() {
        return count.get();
    }

    long bytes() {
        return bytes.get();
    }

    private void write(String line) {
        // Pad so that a shorter line hides the end of a longer one when \r rewrites it.
        progress.accept(String.format(Locale.ROOT, "%-78s", line));
        lineOpen = true;
    }

    /** POMs and metadata are counted but not shown: only the jars are worth a line. */
    private static boolean isJar(TransferEvent event) {
        return event.getResource().getResourceName().endsWith(".jar");
    }

    private static String fileName(TransferResource r) {
        String name = r.getResourceName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String size(long length) {
        return length > 0 ? " (" + bytes(length) + ")" : "";
    }

    /** {@code 532 B}, {@code 14.2 kB}, {@code 3.1 MB}. */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }
}
