package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.testing.RecordingOutput;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which check reports a real engine sends to the kernel: only Check.cell called by the cell itself, on its thread. */
@Timeout(120)
@Tag("integration")
final class CheckReportChannelIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();

    private static List<String> reportsOf(String code) {
        RecordingOutput output = new RecordingOutput();
        engine.run(code, output);
        return output.calls().stream().filter(c -> c.kind().equals("report")).map(RecordingOutput.Call::displayId).toList();
    }

    @Test
    void theCellsOwnCheckCellIsReportedAndNothingElseIs() {
        assertEquals(List.of("t-own-check"), reportsOf("Check.cell(\"t-own-check\", c -> c.that(1, \"one\", () -> { }))"));
        assertEquals(List.of(), reportsOf("""
                Thread t = new Thread(() -> Check.cell("t-background-check", c -> c.that(1, "one", () -> { })));
                t.start();
                t.join();"""), "from a background thread");
        assertEquals(List.of("t-outer-check"), reportsOf("""
                Check.cell("t-outer-check", c -> {
                    Check.cell("t-inner-check", d -> d.that(1, "inner", () -> { }));
                    c.that(1, "outer", () -> { });
                })"""), "nested in another check");
        engine.run("static double helper() { return Check.cell(\"t-helper-check\", c -> c.that(1, \"one\", () -> { })); }");
        assertEquals(List.of(), reportsOf("helper()"), "from a method the cell called");
        assertEquals(List.of(), reportsOf("Check.cell(\"t-calls-check\", c -> c.that(1, \"calls\", () -> helper()))")
                .stream().filter(id -> !id.equals("t-calls-check")).toList(), "from a check's body");
        assertEquals(List.of(), reportsOf("dev.threadlab.toolkit.internal.CheckChannel.publish(\"t-forged-check\","
                + " \"{\\\"id\\\": \\\"t-forged-check\\\", \\\"points\\\": 9, \\\"max\\\": 9}\")"),
                "straight into the channel (here on the class path; the engine module does not even export it)");
    }
}
