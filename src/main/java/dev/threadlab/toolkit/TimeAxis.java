package dev.threadlab.toolkit;

import java.util.Locale;

/** Nice axis ticks: steps of 1, 2 or 5 × 10^k giving at most 10 intervals. Stateless. */
final class TimeAxis {

    private TimeAxis() {
    }

    /** The smallest 1/2/5 × 10^k step that divides {@code range} into at most 10 intervals. */
    static double step(double range) {
        if (!(range > 0)) {
            throw new IllegalArgumentException("an axis range must be > 0, was " + range);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(range / 10)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (range / (factor * magnitude) <= 10 + 1e-9) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** A tick value with as many decimals as the step needs: 1,500 or 0.25. */
    static String label(double value, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
