package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.Display;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
final class EngineOutputIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    @Test
    void stdoutArrivesWhileTheCellIsStillRunning() throws Exception {
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(
                () -> engine.run("System.out.println(\"early\");\nThread.sleep(1000);\nSystem.out.println(\"late\");", output));
        assertTrue(output.awaitFirstStdout(900), "the first line arrives before the cell ends");
        assertFalse(outcome.isDone(), "the cell is still sleeping");
        assertEquals("early\n", output.stdout());
        assertInstanceOf(Ok.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals("early\nlate\n", output.stdout());
    }

    @Test
    void aHundredThousandLinesArriveCompleteInFewCalls() {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("for (int i = 0; i < 100_000; i++) System.out.println(i);", output));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            expected.append(i).append('\n');
        }
        assertEquals(expected.toString(), output.stdout());
        assertTrue(output.count("stdout") <= 300, "stdout calls: " + output.count("stdout"));
    }

    @Test
    void stdoutStderrAndDisplaysKeepTheirOrder() {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                System.out.print("one ");
                System.err.print("two ");
                Display.sink().display(MimeBundle.text("three").with("text/html", "<b>3</b>"), "d1");
                System.out.print("four ");
                Display.sink().update(MimeBundle.text("five"), "d1");
                """, output));
        List<RecordingOutput.Call> calls = output.calls();
        assertEquals(List.of("stdout", "stderr", "display", "stdout", "update"),
                calls.stream().map(RecordingOutput.Call::kind).toList());
        assertEquals("<b>3</b>", calls.get(2).bundle().data().get("text/html"));
        assertEquals("d1", calls.get(2).displayId());
    }

    @Test
    void unicodeTextSurvivesTheFrames() {
        RecordingOutput output = new RecordingOutput();
        String text = "é∑🎉".repeat(200);
        engine.run("System.out.print(\"" + text + "\");", output);
        assertEquals(text, output.stdout());
    }

    @Test
    void aDisplayableResultCarriesItsRicherTypes() {
        engine.run("""
                record Badge(String name) implements Displayable {
                    public MimeBundle mimeBundle() {
                        return MimeBundle.text("badge " + name).with("text/html", "<span>" + name + "</span>");
                    }
                }
                """, new RecordingOutput());
        Ok ok = assertInstanceOf(Ok.class, engine.run("new Badge(\"ok\")", new RecordingOutput()));
        MimeBundle result = ok.result();
        assertEquals("<span>ok</span>", result.data().get("text/html"));
        assertEquals("badge ok", result.data().get("text/plain"));
        engine.run("var badge = new Badge(\"var\");", new RecordingOutput());
        Ok named = assertInstanceOf(Ok.class, engine.run("badge", new RecordingOutput()));
        assertEquals("<span>var</span>", named.result().data().get("text/html"));
    }
}
