package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.Locale;

/** Escaping and number formatting shared by the renderers. Stateless. */
final class Text {

    private Text() {
    }

    /** Makes control characters visible ({@code \n}, {@code \t}, {@code \u0007}) so one value stays one line. */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Escapes for HTML and XML text and attribute values; control characters made visible first. */
    static String xml(String s) {
        String v = visible(s);
        StringBuilder out = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes a Markdown table cell: pipes, backslashes and dollars (which MathJax would take for maths) escaped,
     * HTML-significant characters as entities.
     */
    static String markdownCell(String s) {
        String v = visible(s);
        StringBuilder out = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '|' -> out.append("\\|");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '$' -> out.append("\\$"); // not maths: MathJax typesets what lies between two dollars
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Shortens {@code s} to at most {@code max} characters, ending with an ellipsis when cut. */
    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** A duration for people: {@code 850 µs}, {@code 12.3 ms}, {@code 2.01 s}, {@code 3 min 05 s}. */
    static String duration(Duration d) {
        long nanos = d.toNanos();
        double abs = Math.abs((double) nanos);
        if (abs < 1_000) {
            return nanos + " ns";
        }
        if (abs < 1_000_000) {
            return number(nanos / 1e3) + " µs";
        }
        if (abs < 1_000_000_000) {
            return number(nanos / 1e6) + " ms";
        }
        if (abs < 60e9) {
            return number(nanos / 1e9) + " s";
        }
        long seconds = d.toSeconds();
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, Math.abs(seconds % 60));
    }

    /** Three significant digits at most, no trailing zeros: 2.01, 12.3, 850, 1234. */
    static String number(double v) {
        double abs = Math.abs(v);
        String s;
        if (abs >= 100 || abs == 0) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (abs >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else {
            s = String.format(Locale.ROOT, "%.2f", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** An integer with thousands separators: 9,960. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** One decimal for SVG coordinates, no trailing ".0". */
    static String coord(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths < 0 && tenths > -10 ? "-0." + (-tenths) : (tenths / 10) + "." + Math.abs(tenths % 10));
    }

    /** A list as Java prints it, at most {@code max} elements: {@code [a, b, c, … 61 more]}. */
    static String listed(java.util.List<?> list, int max) {
        if (list.size() <= max) {
            return String.valueOf(list);
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < max; i++) {
            out.append(list.get(i)).append(", ");
        }
        return out.append("… ").append(list.size() - max).append(" more]").toString();
    }
}
