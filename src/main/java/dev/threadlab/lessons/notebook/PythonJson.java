package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlab.wire.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree exactly as Python's {@code json.dumps(value, sort_keys=True, indent=1,
 * ensure_ascii=False)} does, which is how Jupyter (nbformat) saves notebooks: so a notebook we write
 * is byte-for-byte the file Jupyter would write, and saving it in Jupyter shows no diff.
 */
final class PythonJson {

    private final StringBuilder out = new StringBuilder();

    private PythonJson() {}

    /** The text of {@code value}, without a trailing newline. */
    static String dumps(JsonNode value) {
        PythonJson writer = new PythonJson();
        writer.value(value, 0);
        return writer.out.toString();
    }

    private void value(JsonNode node, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node, depth);
            case ARRAY -> array(node, depth);
            case STRING -> string(node.textValue());
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            case NUMBER -> out.append(node.isIntegralNumber() ? node.bigIntegerValue().toString() : floatRepr(node.doubleValue()));
            default -> throw new IllegalArgumentException("cannot write a JSON node of type " + node.getNodeType());
        }
    }

    private void object(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        entries.addAll(node.properties());
        entries.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "" : ",");
            newline(depth + 1);
            string(entries.get(i).getKey());
            out.append(": ");
            value(entries.get(i).getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        Iterator<JsonNode> items = node.elements();
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "" : ",");
            first = false;
            newline(depth + 1);
            value(items.next(), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        out.append('\n').append(" ".repeat(depth));
    }

    /** Python's {@code py_encode_basestring}, which {@link Json#quote} follows. */
    private void string(String s) {
        Json.quote(out, s);
    }

    /** Python sorts keys by code point; Java's {@code compareTo} by UTF-16 unit, which differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        Iterator<Integer> x = a.codePoints().iterator();
        Iterator<Integer> y = b.codePoints().iterator();
        while (x.hasNext() && y.hasNext()) {
            int c = Integer.compare(x.next(), y.next());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
    }

    /** Python's {@code repr(float)}: the shortest digits that read back as the same double, Python's layout. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDecimal(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int decimalPoint = digits.length() - shortest.scale();   // value = 0.digits * 10^decimalPoint
        String text = decimalPoint <= -4 || decimalPoint > 16
                ? exponential(digits, decimalPoint - 1)
                : positional(digits, decimalPoint);
        return d < 0 ? "-" + text : text;
    }

    private static BigDecimal shortestDecimal(double positive) {
        // Double.toString gives the shortest digits, except that it never uses fewer than two.
        BigDecimal oneDigit = new BigDecimal(positive).round(new MathContext(1, RoundingMode.HALF_EVEN));
        BigDecimal chosen = oneDigit.doubleValue() == positive ? oneDigit : new BigDecimal(Double.toString(positive));
        return chosen.stripTrailingZeros();
    }

    private static String exponential(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    private static String positional(String digits, int decimalPoint) {
        if (decimalPoint <= 0) {
            return "0." + "0".repeat(-decimalPoint) + digits;
        }
        if (decimalPoint >= digits.length()) {
            return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
        }
        return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
    }
}
