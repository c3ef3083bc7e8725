package dev.threadlab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class DisplayTest {

    @RegisterExtension
    final RecordingSink sink = new RecordingSink();

    @Test
    void showOfDisplayableSendsItsOwnBundleWithAUuidDisplayId() {
        MimeBundle bundle = MimeBundle.text("t").with("text/html", "<b>t</b>");
        Displayable value = () -> bundle;

        DisplayHandle handle = Display.show(value);

        RecordingSink.Call call = sink.calls().getFirst();
        assertEquals("display", call.kind());
        assertSame(bundle, call.bundle());
        assertEquals(handle.displayId(), call.displayId());
        assertEquals(handle.displayId(), UUID.fromString(handle.displayId()).toString());
    }

    @Test
    void showOfPlainObjectOrNullSendsTextPlainOfStringValueOf() {
        Display.show(42);
        Display.show(null);

        assertEquals(MimeBundle.text("42"), sink.calls().get(0).bundle());
        assertEquals(MimeBundle.text("null"), sink.calls().get(1).bundle());
    }

    @Test
    void aDisplayableWithoutTextPlainGetsStringValueOfAsFallback() {
        Displayable htmlOnly = new Displayable() {
            @Override
            public MimeBundle mimeBundle() {
                return MimeBundle.empty().with("text/html", "<i>x</i>");
            }

            @Override
            public String toString() {
                return "x";
            }
        };
        Display.show(htmlOnly);
        var data = sink.calls().getFirst().bundle().data();
        assertEquals("<i>x</i>", data.get("text/html"));
        assertEquals("x", data.get("text/plain"));
    }

    @Test
    void showOfMimeBundleSendsItAsIs() {
        MimeBundle bundle = MimeBundle.text("x");
        Display.show(bundle);
        assertSame(bundle, sink.calls().getFirst().bundle());
    }

    @Test
    void updateAndClearReuseTheDisplayIdOfTheFirstShow() {
        DisplayHandle handle = Display.show("a");
        handle.update("b");
        handle.clear();

        var calls = sink.calls();
        assertEquals("update", calls.get(1).kind());
        assertEquals(MimeBundle.text("b"), calls.get(1).bundle());
        assertEquals(handle.displayId(), calls.get(1).displayId());
        assertEquals(MimeBundle.text(""), calls.get(2).bundle());
        assertEquals(handle.displayId(), calls.get(2).displayId());
    }

    @Test
    void everyShowGetsADifferentDisplayId() {
        assertNotEquals(Display.show("a").displayId(), Display.show("a").displayId());
    }

    @Test
    void htmlMarkdownAndSvgEachCarryATextFallback() {
        Display.html("<p>a &lt; b &amp; c</p><br>next");
        Display.markdown("# Title");
        Display.svg("<svg></svg>");

        var calls = sink.calls();
        assertEquals("<p>a &lt; b &amp; c</p><br>next", calls.get(0).bundle().data().get("text/html"));
        assertEquals("a < b & c\n\nnext", calls.get(0).bundle().data().get("text/plain"));
        assertEquals("# Title", calls.get(1).bundle().data().get("text/markdown"));
        assertEquals("# Title", calls.get(1).bundle().data().get("text/plain"));
        assertEquals("<svg></svg>", calls.get(2).bundle().data().get("image/svg+xml"));
        assertTrue(calls.get(2).bundle().data().get("text/plain").contains("SVG"));
    }

    @Test
    void clearIsPassedToTheSinkWithItsWaitFlag() {
        Display.clear(true);
        assertEquals(new RecordingSink.Call("clear", null, null, true), sink.calls().getFirst());
    }

    @Test
    void installingNullRestoresTheTextFallback() {
        Display.install(null);
        assertTrue(Display.sink() instanceof PlainTextSink);
    }

    @Test
    void fallbackSinkPrintsTextPlainOnDisplayAndAgainOnUpdate() {
        var bytes = new ByteArrayOutputStream();
        var text = new PlainTextSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        text.display(MimeBundle.text("first").with("text/html", "<i>first</i>"), "id");
        text.update(MimeBundle.text("second"), "id");
        text.clear(false);

        assertEquals("first\nsecond\n", bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void showsFromManyThreadsAreAllDelivered() throws InterruptedException {
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofVirtual().start(() -> {
                for (int j = 0; j < 100; j++) {
                    Display.show(j);
                }
            });
        }
        for (Thread t : threads) {
            assertTrue(t.join(java.time.Duration.ofSeconds(10)), "thread did not finish");
        }
        assertEquals(800, sink.calls().size());
    }

    @Test
    void aHandleHasNothingToShowSoShowingItSendsNothing() {
        DisplayHandle handle = Display.show("x");
        assertEquals(MimeBundle.empty(), handle.mimeBundle());
        assertEquals(MimeBundle.empty(), Display.bundleOf(handle));
        Display.show(handle);
        assertEquals(1, sink.calls().size(), "only the first show reaches the sink: " + sink.calls());
    }
}
