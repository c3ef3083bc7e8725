package dev.threadlab.repl;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.CheckReport;
import dev.threadlab.wire.ThreadDumpView;
import dev.threadlab.lessons.notebook.NotebookOutput;
import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A cell's outputs as terminal lines: streams as written (stderr in red), every display and result
 * through its {@code text/plain} (timelines, tables, check reports and progress bars all have one; a thread
 * dump is drawn for the terminal's width from its data), an
 * error as its name, message and traceback. Remembers what it drew, so a growing stream or an updated
 * display costs only its own lines. Not thread-safe (the terminal's owner uses it).
 */
final class OutputText {

    private final Theme theme;
    private final Map<CellOutputs.Item, Drawn> drawn = new IdentityHashMap<>();
    private CellOutputs last;
    private int lastGeneration;
    private int lastWidth;
    private boolean hasReport;

    /** What was drawn for one item: whole lines of a stream up to {@code streamChars}, or the whole item. */
    private static final class Drawn {
        int revision = -1;
        int streamChars;
        final List<AttributedString> streamLines = new ArrayList<>();
        List<AttributedString> lines = List.of();
    }

    OutputText(Theme theme) {
        this.theme = theme;
    }

    /** The lines of {@code outputs} for {@code width} columns. */
    List<AttributedString> lines(CellOutputs outputs, int width) {
        if (outputs != last || outputs.generation() != lastGeneration || width != lastWidth) {
            drawn.clear();
            last = outputs;
            lastGeneration = outputs.generation();
            lastWidth = width;
        }
        List<AttributedString> lines = new ArrayList<>();
        hasReport = outputs.items().stream().anyMatch(i -> i.fixed() instanceof NotebookOutput.Display d
                && d.bundle().data().containsKey(CheckReport.MIME_TYPE));
        for (CellOutputs.Item item : outputs.items()) {
            Drawn d = drawn.computeIfAbsent(item, i -> new Drawn());
            if (d.revision != item.revision()) {
                d.lines = item.stream() != null ? stream(item, d, width) : fixed(item.fixed(), width);
                d.revision = item.revision();
            }
            lines.addAll(d.lines);
        }
        return lines;
    }

    /** A stream's lines: those already complete are kept, the rest drawn again. */
    private List<AttributedString> stream(CellOutputs.Item item, Drawn d, int width) {
        CharSequence text = item.text();
        int lastBreak = lastIndexOf(text, '\n');
        AttributedStyle style = "stderr".equals(item.stream()) ? theme.style(Role.STDERR) : AttributedStyle.DEFAULT;
        if (lastBreak + 1 > d.streamChars) {
            d.streamLines.addAll(textLines(text.subSequence(d.streamChars, lastBreak).toString(), style, width));
            d.streamChars = lastBreak + 1;
        }
        if (d.streamChars == text.length()) {
            return List.copyOf(d.streamLines);
        }
        List<AttributedString> lines = new ArrayList<>(d.streamLines);
        lines.addAll(textLines(text.subSequence(d.streamChars, text.length()).toString(), style, width));
        return lines;
    }

    private static int lastIndexOf(CharSequence text, char c) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private List<AttributedString> fixed(NotebookOutput output, int width) {
        return switch (output) {
            case NotebookOutput.Display d -> bundle(d.bundle(), width);
            case NotebookOutput.Result r -> result(r, width);
            case NotebookOutput.Error e -> error(e, width);
            case NotebookOutput.Stream s -> textLines(s.text(), AttributedStyle.DEFAULT, width);
        };
    }

    private List<AttributedString> result(NotebookOutput.Result result, int width) {
        List<AttributedString> body = bundle(result.bundle(), width);
        AttributedString label = new AttributedString("Out[" + result.executionCount() + "]: ", theme.style(Role.CELL_LABEL));
        List<AttributedString> lines = new ArrayList<>();
        if (body.size() == 1 && label.columnLength() + body.getFirst().columnLength() <= width) {
            lines.add(new AttributedStringBuilder().append(label).append(body.getFirst()).toAttributedString());
        } else {
            lines.add(label);
            lines.addAll(body);
        }
        return lines;
    }

    /**
     * A display through its text (a check report through its JSON, a thread dump drawn for this width from its
     * data, a text wider than the width from its Markdown); one that has none says where to see it.
     */
    List<AttributedString> bundle(MimeBundle bundle, int width) {
        Optional<CheckReport> report = CellOutputs.reportIn(bundle); // one in a format not known: its text is shown
        if (report.isPresent()) {
            return check(report.get(), width);
        }
        String text = ThreadDumpView.from(bundle).map(dump -> dump.text(width))
                .orElse(bundle.data().get(MimeBundle.TEXT_PLAIN));
        String markdown = bundle.data().get("text/markdown");
        if (text != null && markdown != null && text.lines().anyMatch(line -> line.length() > width)) {
            // a table (%threads, the toolkit's Table) wider than the terminal: drawn again from its Markdown to fit
            return marked(new MarkdownText(theme).render(markdown, width));
        }
        if (text == null) {
            return List.of(new AttributedString("[" + String.join(", ", bundle.data().keySet())
                    + ": no text version; open the notebook in Jupyter to see it]", theme.style(Role.DIM)));
        }
        return marked(textLines(text, AttributedStyle.DEFAULT, width));
    }

    /** A check cell's report, one check a line (✓/✗, points, name) and why each failed, wrapped to the width. */
    private List<AttributedString> check(CheckReport report, int width) {
        List<AttributedString> lines = new ArrayList<>();
        for (CheckReport.Item item : report.checks()) {
            boolean passed = item.status() == CheckReport.Status.PASSED;
            String points = CellText.points(item.points()).replaceFirst(" points?$", "") + "/"
                    + CellText.points(item.max()).replaceFirst(" points?$", "");
            AttributedString head = new AttributedStringBuilder()
                    .styled(theme.style(passed ? Role.PASSED : Role.FAILED), passed ? "✓ " : "✗ ")
                    .append(String.format("%-5s ", points)).append(item.name())
                    .append(item.status() == CheckReport.Status.TIMED_OUT ? " (timed out)" : "").toAttributedString();
            lines.addAll(Wrap.words(head, width, AttributedString.EMPTY, new AttributedString("        ")));
            if (!item.message().isBlank()) {
                lines.addAll(Wrap.words(new AttributedString(item.message().strip()), width,
                        new AttributedString("        "), new AttributedString("        ")));
            }
        }
        String total = CellText.points(report.points()).replaceFirst(" points?$", "") + " of " + CellText.points(report.max());
        lines.add(new AttributedString(report.passed() ? "All checks passed: " + total + "." : "Score: " + total + ".",
                theme.style(report.passed() ? Role.PASSED : Role.FAILED)));
        return lines;
    }

    private List<AttributedString> error(NotebookOutput.Error error, int width) {
        List<AttributedString> lines = new ArrayList<>();
        List<String> traceback = error.traceback();
        if (error.ename().equals("CheckFailed") && hasReport) {
            // the report above already says what failed and why
            return List.of(new AttributedString("CheckFailed", theme.style(Role.ERROR)));
        }
        String told = AttributedString.stripAnsi(String.join("\n", traceback));
        String firstLine = error.evalue().strip().split("\n", 2)[0];
        boolean toldByTraceback = !traceback.isEmpty() && !firstLine.isEmpty() && told.contains(firstLine);
        if (!toldByTraceback) {
            String head = error.evalue().isEmpty() ? error.ename() : error.ename() + ": " + error.evalue();
            lines.addAll(Wrap.words(new AttributedString(head, theme.style(Role.ERROR)), width, AttributedString.EMPTY,
                    AttributedString.EMPTY));
        }
        for (String line : traceback) {
            // a message is prose, wrapped at spaces; indented lines (frames, code and its ^) are cut as they are
            for (AttributedString part : textLines(line, theme.style(Role.STDERR), Integer.MAX_VALUE)) {
                boolean prose = part.length() > 0 && !Character.isWhitespace(part.charAt(0));
                lines.addAll(prose ? Wrap.words(part, width, AttributedString.EMPTY, AttributedString.EMPTY)
                        : Wrap.hard(part, width));
            }
        }
        return lines;
    }

    /** Plain text as lines; {@code style} applies where the text's own ANSI codes set none. */
    List<AttributedString> textLines(String text, AttributedStyle style, int width) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        AttributedString drawn = Wrap.terminalText(body);
        if (!style.equals(AttributedStyle.DEFAULT)) {
            AttributedStringBuilder styled = new AttributedStringBuilder();
            for (int i = 0; i < drawn.length(); i++) {
                AttributedStyle own = drawn.styleAt(i);
                styled.style(own.equals(AttributedStyle.DEFAULT) ? style : own).append(drawn.charAt(i));
            }
            drawn = styled.toAttributedString();
        }
        return Wrap.hard(drawn, width);
    }

    /** ✓ in green and ✗ in red, wherever a check report or a table shows them. */
    private List<AttributedString> marked(List<AttributedString> lines) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        for (AttributedString line : lines) {
            String plain = line.toString();
            if (plain.indexOf('✓') < 0 && plain.indexOf('✗') < 0) {
                out.add(line);
                continue;
            }
            AttributedStringBuilder b = new AttributedStringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                AttributedStyle s = c == '✓' ? theme.style(Role.PASSED) : c == '✗' ? theme.style(Role.FAILED) : line.styleAt(i);
                b.style(s).append(c);
            }
            out.add(b.toAttributedString());
        }
        return out;
    }
}
