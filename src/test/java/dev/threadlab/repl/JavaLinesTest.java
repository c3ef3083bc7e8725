package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.testing.FakeInterpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.MaskingCallback;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

final class JavaLinesTest {

    /**
     * The line a reader set up as the REPL's and the cell editor's are (indentation 1, {@link JavaLines#install})
     * returns when {@code keys} are typed, one by one, after {@code start}, and then Enter.
     */
    private static String typed(String start, String keys) throws IOException {
        try (Terminal terminal = new DumbTerminal("test", "xterm",
                new ByteArrayInputStream((keys + "\r").getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .parser((line, cursor, context) -> JavaLines.whole(line, cursor))
                    .variable(LineReader.INDENTATION, 1)
                    .build();
            JavaLines.install(reader, new FakeInterpreter(), new Theme(false));
            return reader.readLine("> ", null, (MaskingCallback) null, start);
        }
    }

    @Test
    void aBraceTypedInsideAStringKeepsTheSpaceBeforeIt() throws IOException {
        assertEquals("\"{ }\".length()", typed("", "\"{ }\".length()"));
    }

    @Test
    void aBraceClosingABlockOnOneLineKeepsTheSpaceBeforeIt() throws IOException {
        assertEquals("void inc() { n++; }", typed("", "void inc() { n++; }"));
    }

    @Test
    void parenthesesAndSquareBracketsKeepTheSpaceBeforeThemToo() throws IOException {
        assertEquals("f( ) + \"[ ]\"", typed("", "f( ) + \"[ ]\""));
    }

    @Test
    void aBraceOnALineOfOnlySpacesDedentsItByFour() throws IOException {
        assertEquals("class A {\n    int x;\n}", typed("class A {\n    int x;\n    ", "}"));
        assertEquals("class A {\n    void f() {\n    }", typed("class A {\n    void f() {\n        ", "}"));
    }

    @Test
    void aBraceAfterSpacesOffTheTabStopsDedentsToTheStopBefore() throws IOException {
        assertEquals("x\n}", typed("x\n  ", "}"));
        assertEquals("x\n    }", typed("x\n      ", "}"));
    }

    @Test
    void aBraceInTheContentOfATextBlockKeepsTheSpaceBeforeIt() throws IOException {
        String start = "String json = \"\"\"\n    ";
        assertEquals(start + "{ \"a\": [ 1 ] }", typed(start, "{ \"a\": [ 1 ] }"));
    }

    @Test
    void aBraceAfterOnlySpacesInATextBlockIsContentAndStaysWhereTyped() throws IOException {
        String start = "String json = \"\"\"\n    {\n    ";
        assertEquals(start + "}", typed(start, "}"));
        String after = "String s = \"\"\"\n  x\n  \"\"\";\nif (ok) {\n    ";
        assertEquals("String s = \"\"\"\n  x\n  \"\"\";\nif (ok) {\n}", typed(after, "}"), "a closed text block: dedent");
    }
}
