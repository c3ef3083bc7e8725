package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MiniJsonTest {

    @Test
    void objectsArraysStringsNumbersAndLiteralsAreRead() {
        Object value = MiniJson.parse(" {\"a\": [1, 2.5, \"x\\/y\\n\\u00e9\"], \"b\": {\"t\": true, \"f\": false, \"n\": null}, \"e\": []} ");
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("t", true);
        b.put("f", false);
        b.put("n", null);
        assertEquals(Map.of("a", List.of(1.0, 2.5, "x/y\né"), "b", b, "e", List.of()), value);
        assertEquals(Arrays.asList(1.0, null), MiniJson.parse("[1,null]"));
    }

    @Test
    void malformedJsonIsRejectedWithWhereAndWhat() {
        var e = assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\" 1}"));
        assertEquals("JSON must have ':' at offset 5, had '1'", e.getMessage());
    }
}
