package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class FailuresTest {

    @Test
    void theInitializerOfAVarIsTheCellLineNotAMethodOfJShells() {
        Failures failures = new Failures();
        failures.remember("7", 3, 2, false);
        assertEquals("In [3], line 2", failures.where(new StackTraceElement("", "do_it$Aux", "#7", 1)));
    }

    @Test
    void theFrameThatOnlyCallsAVarInitializerIsLeftOutSoNoRecursionShows() {
        StackTraceElement thrower = new StackTraceElement("", "fail", "#6", 1);
        StackTraceElement initializer = new StackTraceElement("", "do_it$Aux", "#7", 2);
        StackTraceElement caller = new StackTraceElement("", "", "#7", 1);
        StackTraceElement other = new StackTraceElement("", "", "#8", 1);
        assertArrayEquals(new StackTraceElement[] {thrower, initializer, other},
                Failures.withoutInitializerCallers(new StackTraceElement[] {thrower, initializer, caller, other}));
        assertArrayEquals(new StackTraceElement[] {thrower, caller},
                Failures.withoutInitializerCallers(new StackTraceElement[] {thrower, caller}));
    }
}
