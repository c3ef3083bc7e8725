package dev.threadlab.lessons.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PythonJsonTest {

    @Test
    void floatsAreWrittenAsPythonsReprWritesThem() {
        // expected values printed by /usr/bin/python3: print(repr(x))
        Map<String, Double> python = new LinkedHashMap<>();
        python.put("0.1", 0.1);
        python.put("0.3333333333333333", 1.0 / 3);
        python.put("1e-05", 1e-05);
        python.put("0.0001", 0.0001);
        python.put("1e+16", 1e+16);
        python.put("1000000000000000.0", 1e15);
        python.put("1.2345678901234568e+17", 1.2345678901234568e+17);
        python.put("5e-324", Double.MIN_VALUE);
        python.put("2.5e-310", 2.5e-310);
        python.put("1.7976931348623157e+308", Double.MAX_VALUE);
        python.put("3.0", 3.0);
        python.put("-2.5", -2.5);
        python.put("100.0", 100.0);
        python.put("1e+22", 1e22);
        python.put("1e+23", 1e23);
        python.put("6.666666666666666e-21", 6.666666666666666e-21);
        python.put("9007199254740992.0", 9007199254740992.0);
        python.put("-0.0", -0.0);
        python.put("NaN", Double.NaN);
        python.put("-Infinity", Double.NEGATIVE_INFINITY);
        python.forEach((expected, value) -> assertEquals(expected, PythonJson.floatRepr(value), "repr of " + value));
    }

    @Test
    void emptyContainersStayOnOneLineAndKeysAreSortedByCodePoint() throws Exception {
        var tree = new ObjectMapper().readTree("{\"\uFB01\": [], \"\uD83C\uDF89\": {}, \"a\": [1, {\"y\": null, \"x\": true}]}");
        assertEquals("""
                {
                 "a": [
                  1,
                  {
                   "x": true,
                   "y": null
                  }
                 ],
                 "\uFB01": [],
                 "\uD83C\uDF89": {}
                }""", PythonJson.dumps(tree));
    }

    @Test
    void onlyQuotesBackslashesAndControlCharactersAreEscaped() throws Exception {
        var tree = new ObjectMapper().readTree("\"é \\\" \\\\ \\n \\t \\u0001 \\u007f \\u2028\"");
        assertEquals("\"é \\\" \\\\ \\n \\t \\u0001 \u007f \u2028\"", PythonJson.dumps(tree));
    }

    @Test
    void linesAreSplitWhereverPythonsSplitlinesSplits() {
        List<String> lines = new ArrayList<>();
        MultilineText.lines("a\r\nb\rc\u2028d\u000be").forEach(line -> lines.add(line.textValue()));
        assertEquals(List.of("a\r\n", "b\r", "c\u2028", "d\u000b", "e"), lines);
        assertEquals(0, MultilineText.lines("").size());
    }
}
