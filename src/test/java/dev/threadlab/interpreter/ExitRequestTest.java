package dev.threadlab.interpreter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class ExitRequestTest {

    @Test
    void exitAndQuitAloneWithOrWithoutParenthesesAreRequestsToLeave() {
        for (String code : new String[] {"exit", "quit", "exit()", " quit ( ) ; ", "exit;\n"}) {
            assertTrue(ExitRequest.matches(code), code);
        }
    }

    @Test
    void javaThatMentionsExitIsNot() {
        for (String code : new String[] {"exit(0)", "System.exit(0)", "exited", "int exit = 1;", "exit + 1", "quit()\nx"}) {
            assertFalse(ExitRequest.matches(code), code);
        }
    }
}
