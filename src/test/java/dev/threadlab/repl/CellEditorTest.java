package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.testing.FakeInterpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

final class CellEditorTest {

    private static CellEditor.Edited edit(String source, String typed) throws IOException {
        try (Terminal terminal = new DumbTerminal("test", "xterm", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
             Console console = new Console(terminal, new Theme(false), false)) {
            return new CellEditor(console, new FakeInterpreter(), Map.of()).edit(source);
        }
    }

    @Test
    void enterStartsAnIndentedLineAndCtrlSSaves() throws IOException {
        assertEquals(new CellEditor.Edited.Saved("void run() {\n    go();"), edit("void run() {", "\rgo();\023"));
    }

    @Test
    void aClosingBraceOnAnAutoIndentedLineLandsAtColumnZeroAndOneMidLineChangesNothing() throws IOException {
        assertEquals(new CellEditor.Edited.Saved("class A {\n    void inc() { n++; }\n}"),
                edit("", "class A {\rvoid inc() { n++; }\r}\023"));
    }

    @Test
    void escapeEnterSavesToo() throws IOException {
        assertEquals(new CellEditor.Edited.Saved("int x = 1;\nint y = 2;"), edit("int x = 1;", "\rint y = 2;\033\r"));
    }

    @Test
    void ctrlCCancelsAndSavingUnchangedTextSaysSo() throws IOException {
        assertEquals(new CellEditor.Edited.Unchanged("Cancelled: the cell is as it was."), edit("int x = 1;", "junk\003"));
        assertEquals(new CellEditor.Edited.Unchanged("No changes."), edit("int x = 1;", "\023"));
    }

    @Test
    void theExternalEditorIsVisualThenEditor() {
        assertEquals("vim", new CellEditor(null, null, Map.of("EDITOR", "nano", "VISUAL", "vim")).externalEditor().orElseThrow());
        assertEquals("nano", new CellEditor(null, null, Map.of("EDITOR", "nano", "VISUAL", " ")).externalEditor().orElseThrow());
        assertEquals(java.util.Optional.empty(), new CellEditor(null, null, Map.of()).externalEditor());
    }

    @Test
    void aNewLineIsIndentedLikeTheLastDeeperAfterAnOpeningBracket() {
        assertEquals(4, CellEditor.indentAfter("    x();", 8));
        assertEquals(8, CellEditor.indentAfter("    for (int i : all) {", 23));
        assertEquals(0, CellEditor.indentAfter("}", 1));
    }
}
