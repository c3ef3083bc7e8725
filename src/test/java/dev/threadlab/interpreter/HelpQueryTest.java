package dev.threadlab.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class HelpQueryTest {

    @Test
    void aQuestionMarkBeforeOrAfterANameIsAHelpQuery() {
        assertEquals(Optional.of("String"), HelpQuery.nameIn("?String"));
        assertEquals(Optional.of("java.util.List"), HelpQuery.nameIn("  java.util.List? \n"));
        assertEquals(Optional.of("Math.max"), HelpQuery.nameIn("? Math.max"));
    }

    @Test
    void javaCodeWithQuestionMarksIsNotAHelpQuery() {
        assertEquals(Optional.empty(), HelpQuery.nameIn("a ? b : c"));
        assertEquals(Optional.empty(), HelpQuery.nameIn("List<?> xs = null;"));
        assertEquals(Optional.empty(), HelpQuery.nameIn("?"));
        assertEquals(Optional.empty(), HelpQuery.nameIn("x??"));
    }
}
