package dev.threadlab.toolkit;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SVG attribute values for {@link SvgPng}: numbers, colours, path data, points, transforms. Stateless. */
final class SvgValues {

    static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern PATH_TOKEN = Pattern.compile("([MmLlHhVvZz])|(" + NUMBER.pattern() + ")|[A-Za-z]");
    private static final Map<String, Color> NAMED = Map.ofEntries(Map.entry("black", Color.BLACK),
            Map.entry("white", Color.WHITE), Map.entry("red", Color.RED), Map.entry("green", new Color(0, 128, 0)),
            Map.entry("blue", Color.BLUE), Map.entry("gray", Color.GRAY), Map.entry("grey", Color.GRAY),
            Map.entry("orange", new Color(255, 165, 0)), Map.entry("yellow", Color.YELLOW));

    private SvgValues() {}

    /**
     * Path data with the commands M, L, H, V and Z (absolute or relative); drawing stops at any other
     * command (curves, arcs), keeping what came before.
     */
    static Path2D path(String d) {
        List<Object> tokens = new ArrayList<>();
        Matcher m = PATH_TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group(2) != null ? (Object) Double.parseDouble(m.group(2)) : (Object) m.group().charAt(0));
        }
        Path2D.Double path = new Path2D.Double();
        double[] at = {0, 0, 0, 0}; // x, y, and where the current subpath started
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i) instanceof Character c) {
                command = c;
                i++;
                if ("MmLlHhVvZz".indexOf(command) < 0) {
                    break;
                }
                if (command == 'Z' || command == 'z') {
                    path.closePath();
                    at[0] = at[2];
                    at[1] = at[3];
                    continue;
                }
            }
            int needs = "HhVv".indexOf(command) >= 0 ? 1 : 2;
            if (i + needs > tokens.size() || !(tokens.get(i) instanceof Double)
                    || !(tokens.get(i + needs - 1) instanceof Double)) {
                break;
            }
            double a = (Double) tokens.get(i);
            double b = (Double) tokens.get(i + needs - 1);
            i += needs;
            boolean relative = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    at[0] = (relative ? at[0] : 0) + a;
                    at[1] = (relative ? at[1] : 0) + b;
                    at[2] = at[0];
                    at[3] = at[1];
                    path.moveTo(at[0], at[1]);
                    command = relative ? 'l' : 'L'; // more pairs after a move are lines
                }
                case 'L' -> {
                    at[0] = (relative ? at[0] : 0) + a;
                    at[1] = (relative ? at[1] : 0) + b;
                    path.lineTo(at[0], at[1]);
                }
                case 'H' -> {
                    at[0] = (relative ? at[0] : 0) + a;
                    path.lineTo(at[0], at[1]);
                }
                default -> { // V
                    at[1] = (relative ? at[1] : 0) + a;
                    path.lineTo(at[0], at[1]);
                }
            }
        }
        return path;
    }

    /** The {@code points} of a polyline or polygon ({@code close}). */
    static Path2D points(String points, boolean close) {
        Path2D.Double path = new Path2D.Double();
        Matcher m = NUMBER.matcher(points);
        boolean first = true;
        while (m.find()) {
            double px = Double.parseDouble(m.group());
            if (!m.find()) {
                break;
            }
            double py = Double.parseDouble(m.group());
            if (first) {
                path.moveTo(px, py);
                first = false;
            } else {
                path.lineTo(px, py);
            }
        }
        if (close) {
            path.closePath();
        }
        return path;
    }

    /** The offset of a {@code translate(x[, y])} transform; other transforms are not read. */
    static double[] translate(String transform) {
        Matcher m = Pattern.compile("translate\\(\\s*(" + NUMBER.pattern() + ")(?:[\\s,]+(" + NUMBER.pattern()
                + "))?\\s*\\)").matcher(transform);
        return m.find() ? new double[] {Double.parseDouble(m.group(1)), m.group(2) == null ? 0 : Double.parseDouble(m.group(2))}
                : new double[] {0, 0};
    }

    /** min-x, min-y, width, height of a {@code viewBox}, or null. */
    static double[] viewBox(String text) {
        Matcher m = NUMBER.matcher(text);
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!m.find()) {
                return null;
            }
            box[i] = Double.parseDouble(m.group());
        }
        return box;
    }

    /** The number at the start of {@code text} (units such as {@code px} ignored), or {@code fallback}. */
    static double number(String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Matcher m = NUMBER.matcher(text.strip());
        return m.lookingAt() ? Double.parseDouble(m.group()) : fallback;
    }

    /** A colour, null for {@code none}, or {@code fallback} for one it does not know. */
    static Color colour(String text, Color fallback) {
        String c = text.strip().toLowerCase(Locale.ROOT);
        if (c.equals("none") || c.equals("transparent")) {
            return null;
        }
        if (c.matches("#[0-9a-f]{6}")) {
            return new Color(Integer.parseInt(c.substring(1), 16));
        }
        if (c.matches("#[0-9a-f]{3}")) {
            int r = Character.digit(c.charAt(1), 16);
            int g = Character.digit(c.charAt(2), 16);
            int b = Character.digit(c.charAt(3), 16);
            return new Color(r * 17, g * 17, b * 17);
        }
        Matcher rgb = Pattern.compile("rgb\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)").matcher(c);
        if (rgb.matches()) {
            return new Color(Math.min(255, Integer.parseInt(rgb.group(1))), Math.min(255, Integer.parseInt(rgb.group(2))),
                    Math.min(255, Integer.parseInt(rgb.group(3))));
        }
        return NAMED.getOrDefault(c, fallback);
    }
}
