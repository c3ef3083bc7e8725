package dev.threadlab.repl;

import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Markdown (CommonMark and GitHub tables, parsed by commonmark-java) as styled lines for a terminal:
 * headings underlined, emphasis and code styled, lists indented with their bullets, tables drawn with
 * box characters, code blocks highlighted, links as their text followed by the address, HTML reduced to
 * its text. Thread-safe (the parser is).
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern SUMMARY = Pattern.compile("(?is)<summary>(.*?)</summary>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private final Theme theme;
    private final JavaHighlighter java;

    MarkdownText(Theme theme) {
        this.theme = theme;
        this.java = new JavaHighlighter(theme);
    }

    /** {@code markdown} rendered for {@code width} columns (at least 20). */
    List<AttributedString> render(String markdown, int width) {
        List<AttributedString> lines = new ArrayList<>();
        blocks(PARSER.parse(markdown), Math.max(20, width), lines);
        while (!lines.isEmpty() && lines.getLast().length() == 0) {
            lines.removeLast();
        }
        return lines;
    }

    /** The blocks under {@code parent}, a blank line between two. */
    private void blocks(Node parent, int width, List<AttributedString> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            int before = out.size();
            block(n, width, out);
            if (out.size() > before && n.getNext() != null) {
                out.add(AttributedString.EMPTY);
            }
        }
    }

    private void block(Node node, int width, List<AttributedString> out) {
        switch (node) {
            case Heading h -> heading(h, width, out);
            case Paragraph p -> out.addAll(Wrap.words(inline(p, AttributedStyle.DEFAULT), width,
                    AttributedString.EMPTY, AttributedString.EMPTY));
            case BulletList list -> items(list, width, out, null);
            case OrderedList list -> items(list, width, out, list.getMarkerStartNumber());
            case BlockQuote quote -> indented(quote, width, out, styled(Role.QUOTE, "│ "));
            case FencedCodeBlock code -> code(code.getLiteral(), code.getInfo(), width, out);
            case IndentedCodeBlock code -> code(code.getLiteral(), "", width, out);
            case ThematicBreak rule -> out.add(styled(Role.RULE, "─".repeat(width)));
            case HtmlBlock html -> html(html.getLiteral(), width, out);
            case TableBlock table -> out.addAll(new MarkdownTable(theme, this::inline).render(table, width));
            default -> blocks(node, width, out); // link reference definitions and the like: their children, if any
        }
    }

    private void heading(Heading heading, int width, List<AttributedString> out) {
        Role role = heading.getLevel() <= 1 ? Role.HEADING : Role.SUBHEADING;
        List<AttributedString> lines = Wrap.words(inline(heading, theme.style(role)), width,
                AttributedString.EMPTY, AttributedString.EMPTY);
        out.addAll(lines);
        if (heading.getLevel() <= 2) {
            int length = lines.stream().mapToInt(AttributedString::columnLength).max().orElse(0);
            out.add(styled(Role.RULE, (heading.getLevel() == 1 ? "═" : "─").repeat(Math.min(width, length))));
        }
    }

    /** List items with their bullet ({@code start} null) or number; items of a loose list are spaced. */
    private void items(Node list, int width, List<AttributedString> out, Integer start) {
        int number = start == null ? 1 : start;
        boolean tight = list instanceof BulletList b ? b.isTight() : ((OrderedList) list).isTight();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = start == null ? "• " : (number++) + ". ";
            List<AttributedString> inside = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (!inside.isEmpty() && !tight) {
                    inside.add(AttributedString.EMPTY);
                }
                block(child, width - marker.length(), inside);
            }
            for (int i = 0; i < inside.size(); i++) {
                String prefix = i == 0 ? marker : " ".repeat(marker.length());
                out.add(new AttributedStringBuilder().append(prefix).append(inside.get(i)).toAttributedString());
            }
            if (!tight && item.getNext() != null) {
                out.add(AttributedString.EMPTY);
            }
        }
    }

    private void indented(Node parent, int width, List<AttributedString> out, AttributedString prefix) {
        List<AttributedString> inside = new ArrayList<>();
        blocks(parent, width - prefix.columnLength(), inside);
        for (AttributedString line : inside) {
            out.add(new AttributedStringBuilder().append(prefix).append(line).toAttributedString());
        }
    }

    private void code(String literal, String info, int width, List<AttributedString> out) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        String language = info == null ? "" : info.strip().split("\\s+")[0];
        AttributedString text = language.isEmpty() || language.equals("java") ? java.highlight(code)
                : new AttributedString(code, theme.style(Role.CODE));
        for (AttributedString line : Wrap.hard(text, width - 4)) {
            out.add(new AttributedStringBuilder().append("    ").append(line).toAttributedString());
        }
    }

    /** HTML shown as its text; {@code <summary>} (a folded hint's title) as a heading line. */
    private void html(String html, int width, List<AttributedString> out) {
        Matcher summary = SUMMARY.matcher(html);
        String text = summary.replaceAll(m -> "\n▸ " + Matcher.quoteReplacement(m.group(1).strip()) + "\n");
        text = TAG.matcher(text).replaceAll("").strip();
        if (!text.isEmpty()) {
            out.addAll(Wrap.words(new AttributedString(text), width, AttributedString.EMPTY, AttributedString.EMPTY));
        }
    }

    /** The inline content of {@code parent} as one styled string; {@code base} is the surrounding style. */
    AttributedString inline(Node parent, AttributedStyle base) {
        AttributedStringBuilder text = new AttributedStringBuilder();
        inlines(parent, base, text);
        return text.toAttributedString();
    }

    private void inlines(Node parent, AttributedStyle style, AttributedStringBuilder text) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> text.styled(style, t.getLiteral());
                case Code c -> text.styled(theme.colour() ? theme.style(Role.CODE) : style.bold(), c.getLiteral());
                case Emphasis e -> inlines(e, style.italic(), text);
                case StrongEmphasis s -> inlines(s, style.bold(), text);
                case SoftLineBreak b -> text.styled(style, " ");
                case HardLineBreak b -> text.append("\n");
                case Link link -> link(link, style, text);
                case Image image -> text.styled(theme.style(Role.DIM), "[picture: " + plain(image) + "]");
                case HtmlInline html -> text.styled(style, html.getLiteral().matches("(?i)<br\\s*/?>") ? "\n" : "");
                default -> inlines(n, style, text);
            }
        }
    }

    private void link(Link link, AttributedStyle style, AttributedStringBuilder text) {
        int start = text.length();
        inlines(link, style.underline(), text);
        String shown = text.toString().substring(start);
        String destination = link.getDestination();
        if (destination != null && !destination.isEmpty() && !destination.equals(shown) && !destination.startsWith("#")) {
            text.styled(theme.style(Role.DIM), " (" + destination + ")");
        }
    }

    private String plain(Node node) {
        return inline(node, AttributedStyle.DEFAULT).toString();
    }

    private AttributedString styled(Role role, String text) {
        return new AttributedString(text, theme.style(role));
    }
}
