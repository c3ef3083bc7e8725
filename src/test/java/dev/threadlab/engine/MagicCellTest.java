package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class MagicCellTest {

    @Test
    void aCellWithoutMagicsIsAllJavaUnchanged() {
        String code = "int x = 1;\nx + 1";

        MagicCell cell = MagicCell.parse(code);

        assertEquals(Optional.empty(), cell.cellMagic());
        assertEquals(List.of(), cell.lineMagics());
        assertSame(code, cell.code());
    }

    @Test
    void lineMagicsAtTheTopAreReadWithTheirArgumentsAndTheJavaKeepsItsLineNumbers() {
        MagicCell cell = MagicCell.parse("  %jars  lib/*.jar  \n%who\nint x = 1;\n%not-a-magic-here");

        assertEquals(List.of(new MagicCell.Line("%jars", "lib/*.jar", 1), new MagicCell.Line("%who", "", 2)),
                cell.lineMagics());
        assertEquals("\n\nint x = 1;\n%not-a-magic-here", cell.code());
    }

    @Test
    void aCellMagicTakesTheWholeCellAndItsBodyKeepsItsLineNumbers() {
        MagicCell cell = MagicCell.parse("\n%%time extra\nThread.sleep(10);\n%who");

        assertEquals(Optional.of(new MagicCell.Line("%%time", "extra", 2)), cell.cellMagic());
        assertEquals(List.of(), cell.lineMagics());
        assertEquals("\n\nThread.sleep(10);\n%who", cell.code());
    }

    @Test
    void aMagicAloneLeavesNoJava() {
        MagicCell cell = MagicCell.parse("%threads");

        assertEquals(List.of(new MagicCell.Line("%threads", "", 1)), cell.lineMagics());
        assertEquals("", cell.code());
        assertEquals("", MagicCell.parse("%%time").code());
    }
}
