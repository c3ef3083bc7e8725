package dev.threadlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class JsonTest {

    @Test
    void objectsArraysStringsNumbersAndLiteralsAreRead() {
        Object value = Json.parse(" {\"a\": [1, 2.5, \"x\\/y\\n\\u00e9\"], \"b\": {\"t\": true, \"f\": false, \"n\": null}, \"e\": []} ");
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("t", true);
        b.put("f", false);
        b.put("n", null);
        assertEquals(Map.of("a", List.of(1.0, 2.5, "x/y\né"), "b", b, "e", List.of()), value);
        assertEquals(Arrays.asList(1.0, null), Json.parse("[1,null]"));
    }

    @Test
    void malformedJsonIsRejectedWithWhereAndWhat() {
        var e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
        assertEquals("JSON must have ':' at offset 5, had '1'", e.getMessage());
    }

    @Test
    void stringsAreEscapedAsPythonsJsonDumpsEscapesThem() {
        // json.dumps(s, ensure_ascii=False) for each of these, as Python 3 prints it
        assertEquals("\"a\\\"b\\\\c\"", Json.quote("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\b\\f\"", Json.quote("\n\r\t\b\f"));
        assertEquals("\"\\u0000\\u001b\\u001f\u007f\"", Json.quote("\u0000\u001b\u001f\u007f"));
        assertEquals("\"</script> é 🧵 \u2028\"", Json.quote("</script> é 🧵 \u2028"));
    }

    @Test
    void whatQuoteWritesParseReadsBack() {
        for (String s : List.of("", "\"\\", "\u0000\u0001\n\t", "</script>", "🧵𝄞", "\\u0041", "tab\tend")) {
            assertEquals(s, Json.parse(Json.quote(s)));
        }
    }

    @Test
    void aTruncatedOrTooDeepDocumentIsRefusedWithAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"ab\\"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\u12\""));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1.2.3"));
        var deep = assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(10_000)));
        assertEquals("JSON must have at most 200 nested objects and arrays at offset 200, had '['", deep.getMessage());
    }
}
