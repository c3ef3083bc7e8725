package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class MagicsTest {

    @Test
    void aMisplacedCellMagicSaysItMustBeTheFirstLineAndWhatToDo() {
        Failed failed = Magics.misplaced(new MagicCell.Line("%%time", "", 3), Optional.empty());

        assertEquals("MisplacedMagic", failed.ename());
        assertEquals("%%time is on line 3 of the cell, but a cell magic must be the cell's first line: it applies to"
                + " the whole cell. Move %%time to the top of the cell (the code above it can go into a cell of its"
                + " own).", failed.evalue());
    }

    @Test
    void aLineMagicBelowCodeSaysMagicsRunFirst() {
        Failed failed = Magics.misplaced(new MagicCell.Line("%jars", "lib/*.jar", 2), Optional.empty());

        assertEquals("%jars is on line 2 of the cell, below code: line magics run before the cell's code, so they"
                + " must be at the top of the cell. Move %jars to the top, or into a cell of its own.", failed.evalue());
    }

    @Test
    void aLineMagicInsideACellMagicBelongsInACellOfItsOwn() {
        Failed failed = Magics.misplaced(new MagicCell.Line("%who", "", 2),
                Optional.of(new MagicCell.Line("%%time", "", 1)));

        assertEquals("%who is on line 2 of the cell, inside %%time, which runs Java code only. Put %who into a cell"
                + " of its own.", failed.evalue());
    }
}
