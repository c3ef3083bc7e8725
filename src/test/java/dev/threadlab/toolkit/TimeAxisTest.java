package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class TimeAxisTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTenWithAtMostTenIntervals() {
        assertEquals(500, TimeAxis.step(2010), 1e-9);
        assertEquals(200, TimeAxis.step(2000), 1e-9);
        assertEquals(0.1, TimeAxis.step(1), 1e-12);
        assertEquals(5, TimeAxis.step(37), 1e-9);
        assertEquals(20_000, TimeAxis.step(120_000), 1e-9);
    }

    @Test
    void labelsUseThousandsSeparatorsAndOnlyTheDecimalsTheStepNeeds() {
        assertEquals("1,500", TimeAxis.label(1500, 500));
        assertEquals("0.3", TimeAxis.label(0.3, 0.1));
        assertEquals("0.05", TimeAxis.label(0.05, 0.05));
    }

    @Test
    void anEmptyRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TimeAxis.step(0));
    }
}
