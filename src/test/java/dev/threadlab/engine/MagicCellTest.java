package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static final Set<String> LINE_MAGICS = Set.of("%jars", "%threads", "%who");

    private static Optional<MagicCell.Line> misplaced(String code) {
        return MagicCell.parse(code).misplaced(LINE_MAGICS);
    }

    @Test
    void aCellMagicBelowTheFirstLineIsFoundWithItsLine() {
        assertEquals(Optional.of(new MagicCell.Line("%%time", "", 2)), misplaced("int a = 1;\n%%time\nint b = 2;"));
        assertEquals(Optional.of(new MagicCell.Line("%%time", "", 3)), misplaced("%%time\n\n  %%time\nint b = 2;"));
        assertEquals(Optional.of(new MagicCell.Line("%%timeit", "x", 2)), misplaced("// time it\n%%timeit x"));
    }

    @Test
    void aLineMagicBelowCodeOrInsideACellMagicIsFound() {
        assertEquals(Optional.of(new MagicCell.Line("%jars", "/tmp", 2)), misplaced("int a = 1;\n%jars /tmp\nint b = 2;"));
        assertEquals(Optional.of(new MagicCell.Line("%who", "", 2)), misplaced("%%time\n%who\nint b = 2;"));
        assertEquals(Optional.of(new MagicCell.Line("%threads", "", 3)), misplaced("%jars a.jar\nfoo();\n%threads"));
    }

    @Test
    void magicsInCommentsTextBlocksOrJavaRemaindersAreNotMisplaced() {
        assertEquals(Optional.empty(), misplaced("%jars a.jar\n%who\nint b = 2;"));
        assertEquals(Optional.empty(), misplaced("String s = \"\"\"\n%%time\n%jars x\n\"\"\";"));
        assertEquals(Optional.empty(), misplaced("/*\n%%time\n%who\n*/\nint b = 2;"));
        assertEquals(Optional.empty(), misplaced("// %%time\nint b = 2;"));
        assertEquals(Optional.empty(), misplaced("int perThread = total\n    %threads;"));
        assertEquals(Optional.empty(), misplaced("int r = Math.floorMod(total,\n%threads)"));
        assertEquals(Optional.empty(), misplaced("int a = 1;\n%not-a-magic-here"));
    }
}
