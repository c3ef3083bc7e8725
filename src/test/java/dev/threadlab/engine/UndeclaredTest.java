package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class UndeclaredTest {

    @Test
    void aCheckCellIsToldToRunTheLessonsCellsFirst() {
        assertEquals("gather is not declared in this session: run the lesson's set-up cell and your answer cell first,"
                + " then this check (after a restart or %reset, the kernel has forgotten every cell that ran before).",
                Undeclared.sentence("gather", true, Optional.empty()));
        assertEquals("gather is not declared in this session: run the lesson's set-up cell and your answer cell first,"
                + " then this check (after a restart or %reset, the kernel has forgotten every cell that ran before)."
                + " Or did the answer name it gathr?", Undeclared.sentence("gather", true, Optional.of("gathr")));
    }

    @Test
    void anotherCellIsToldToRunTheDeclaringCellOrToCheckTheSpelling() {
        assertEquals("x is not declared in this session: run the cell that declares it first (after a restart or"
                + " %reset, the kernel has forgotten every cell that ran before), or check its spelling.",
                Undeclared.sentence("x", false, Optional.empty()));
        assertEquals("totl is not declared in this session: is it a typo for total? If it is declared in another"
                + " cell, run that cell first (after a restart or %reset, the kernel has forgotten every cell that ran"
                + " before).", Undeclared.sentence("totl", false, Optional.of("total")));
    }
}
