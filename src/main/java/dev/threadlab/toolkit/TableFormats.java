package dev.threadlab.toolkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Table} as box-drawn text, HTML and Markdown. Stateless. */
final class TableFormats {

    private static final String CELL_STYLE = "padding:2px 8px;border:1px solid #d0d0d0";

    private TableFormats() {
    }

    /** How one cell reads in text, before format-specific escaping. */
    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Duration d -> Text.duration(d);
            case Double d -> decimal(d);
            case Float f -> decimal(f.doubleValue());
            default -> Text.visible(String.valueOf(value));
        };
    }

    private static String decimal(double d) {
        double abs = Math.abs(d);
        if (!Double.isFinite(d) || (abs != 0 && (abs < 1e-3 || abs >= 1e9))) {
            return String.valueOf(d);
        }
        return new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Whether each column is numeric: all its non-empty cells are numbers or durations, and there is one. */
    static boolean[] rightAligned(Table table) {
        boolean[] right = new boolean[table.headers().size()];
        for (int c = 0; c < right.length; c++) {
            boolean any = false;
            boolean all = true;
            for (List<Object> row : table.rows()) {
                Object v = row.get(c);
                if (v != null) {
                    any = true;
                    all &= v instanceof Number || v instanceof Duration;
                }
            }
            right[c] = any && all;
        }
        return right;
    }

    static String text(Table table) {
        int columns = table.headers().size();
        if (columns == 0) {
            return table.caption().map(c -> Text.visible(c) + "\n").orElse("") + "(empty table)";
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(table.headers().stream().map(Text::visible).toArray(String[]::new));
        table.rows().forEach(row -> lines.add(row.stream().map(TableFormats::cell).toArray(String[]::new)));
        int[] width = new int[columns];
        lines.forEach(line -> {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        });
        boolean[] right = rightAligned(table);
        StringBuilder out = new StringBuilder();
        table.caption().ifPresent(c -> out.append(Text.visible(c)).append('\n'));
        rule(out, width, '┌', '┬', '┐');
        for (int i = 0; i < lines.size(); i++) {
            out.append('│');
            for (int c = 0; c < columns; c++) {
                String s = lines.get(i)[c];
                String pad = " ".repeat(width[c] - s.length());
                out.append(' ').append(right[c] ? pad + s : s + pad).append(" │");
            }
            out.append('\n');
            if (i == 0) {
                rule(out, width, '├', '┼', '┤');
            }
        }
        rule(out, width, '└', '┴', '┘');
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void rule(StringBuilder out, int[] width, char left, char middle, char right) {
        out.append(left);
        for (int c = 0; c < width.length; c++) {
            out.append("─".repeat(width[c] + 2)).append(c == width.length - 1 ? right : middle);
        }
        out.append('\n');
    }

    /**
     * The table in HTML. The class {@code tex2jax_ignore} keeps MathJax away (Notebook and JupyterLab typeset HTML
     * outputs): class names such as {@code CellMain$Worker} and {@code Account$1} hold dollars, and the text between
     * two of them would be set as maths.
     */
    static String html(Table table) {
        boolean[] right = rightAligned(table);
        StringBuilder out = new StringBuilder(
                "<table class=\"tex2jax_ignore\" style=\"border-collapse:collapse;font-family:monospace;font-size:13px\">");
        table.caption().ifPresent(c -> out.append("<caption style=\"text-align:left;font-weight:bold\">")
                .append(Text.xml(c)).append("</caption>"));
        out.append("<thead><tr>");
        for (int c = 0; c < right.length; c++) {
            out.append("<th style=\"").append(CELL_STYLE).append(";background:#f3f3f3;text-align:")
                    .append(right[c] ? "right" : "left").append("\">")
                    .append(Text.xml(table.headers().get(c))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<Object> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < right.length; c++) {
                out.append("<td style=\"").append(CELL_STYLE).append(right[c] ? ";text-align:right\">" : ";text-align:left\">")
                        .append(Text.xml(cell(row.get(c)))).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    static String markdown(Table table) {
        StringBuilder out = new StringBuilder();
        table.caption().ifPresent(c -> out.append("**").append(Text.markdownCell(c)).append("**\n\n"));
        if (table.headers().isEmpty()) {
            return out.append("(empty table)").toString();
        }
        boolean[] right = rightAligned(table);
        out.append('|');
        table.headers().forEach(h -> out.append(' ').append(h.isEmpty() ? " " : Text.markdownCell(h)).append(" |"));
        out.append("\n|");
        for (boolean r : right) {
            out.append(r ? " ---: |" : " :--- |");
        }
        for (List<Object> row : table.rows()) {
            out.append("\n|");
            row.forEach(v -> out.append(' ').append(Text.markdownCell(cell(v))).append(" |"));
        }
        return out.toString();
    }
}
