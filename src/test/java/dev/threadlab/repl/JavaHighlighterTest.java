package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

final class JavaHighlighterTest {

    private final JavaHighlighter colours = new JavaHighlighter(new Theme(true));

    @Test
    void keywordsStringsCommentsAndMagicsAreStyledAndTheTextIsUnchanged() {
        String code = "%threads\nvar t = new Thread(() -> {}); // start it\nString s = \"for\";";
        AttributedString styled = colours.highlight(code);
        assertEquals(code, styled.toString());
        String ansi = styled.toAnsi();
        assertTrue(ansi.contains("\033[1;35mvar") || ansi.contains("\033[35;1mvar"), "var is a keyword: " + ansi.replace("\033", "ESC"));
        assertTrue(ansi.contains("32m\"for\""), "a keyword inside a string stays a string: " + ansi.replace("\033", "ESC"));
        assertTrue(ansi.contains("// start it"), ansi);
        assertTrue(ansi.contains("33m%threads"), "a magic line is marked: " + ansi.replace("\033", "ESC"));
    }

    @Test
    void halfWrittenCodeIsHighlightedWithoutFailing() {
        for (String code : new String[] {"String s = \"open", "/* open comment", "char c = '", "\"\"\"\ntext block", "@"}) {
            assertEquals(code, colours.highlight(code).toString());
        }
    }

    @Test
    void withoutColourKeywordsAreBoldOnly() {
        String ansi = new JavaHighlighter(new Theme(false)).highlight("return null;").toAnsi();
        assertTrue(ansi.contains("\033[1mreturn"), ansi.replace("\033", "ESC"));
        assertTrue(!ansi.matches("(?s).*\033\\[[0-9;]*3[0-7]m.*"), "no colour: " + ansi.replace("\033", "ESC"));
    }
}
