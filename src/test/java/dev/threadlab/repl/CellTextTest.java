package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

final class CellTextTest {

    private final CellText text = new CellText(new Theme(false));

    private List<String> codeRows(String source, int width) throws Exception {
        String json = """
                {"cells": [{"cell_type": "code", "id": "c1", "metadata": {}, "execution_count": null, "outputs": [],
                 "source": %s}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(source));
        NotebookCell cell = Notebook.parse(json, "test").cells().getFirst();
        List<String> lines = text.lines(cell, 1, 1, width, false).stream().map(AttributedString::toString).toList();
        return lines.subList(1, lines.size() - 1); // without the frame's top and bottom
    }

    @Test
    void aLineOfCodeTooLongGoesOnUnderItsIndentationMarkedAsContinued() throws Exception {
        assertEquals(List.of(
                "│ for (String p : pages) {",
                "│     Timeline.Open span = t.span(p);",
                "│     ↪ // opened here, closed when the",
                "│     ↪ answer arrives",
                "│ }"), codeRows("for (String p : pages) {\n    Timeline.Open span = t.span(p);  // opened here, closed when the answer arrives\n}", 40));
    }

    @Test
    void linesThatFitAreShownAsWrittenBlankLinesIncluded() throws Exception {
        assertEquals(List.of("│ int a = 1;", "│ ", "│     a++;"), codeRows("int a = 1;\n\n    a++;", 40));
    }
}
