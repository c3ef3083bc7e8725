package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class CellTextTest {

    @Test
    void codeOnlyBlanksStringsCharactersCommentsAndTextBlocksAndKeepsLines() {
        assertEquals("throw new E(   );", CellText.codeOnly("throw new E(\"x\");"));
        assertEquals("char c =    ; int y = 1;     ", CellText.codeOnly("char c = 'x'; int y = 1; // x"));
        assertEquals("a(    \n  ) +     ", CellText.codeOnly("a(/* x\n*/) + \"\\\"x"));
        assertEquals("s =    \n   \n   ;", CellText.codeOnly("s = \"\"\"\nx y\n\"\"\";"));
        assertEquals("int x = runAll();", CellText.codeOnly("int x = runAll();"));
    }
}
