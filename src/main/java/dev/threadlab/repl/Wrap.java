package dev.threadlab.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Breaks styled text into lines of at most a given width (terminal columns), at spaces where it can. */
final class Wrap {

    private Wrap() {}

    /**
     * {@code text} wrapped to {@code width} columns; the first line starts with {@code first}, the others with
     * {@code rest} (both counted in the width). Line breaks in {@code text} are kept; a word longer than a
     * line is cut, after a hyphen when one is in reach ({@code waiting-for-|the-lock}).
     */
    static List<AttributedString> words(AttributedString text, int width, AttributedString first, AttributedString rest) {
        List<AttributedString> lines = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder().append(first);
        int lineStartLength = first.columnLength();
        int start = 0;
        String plain = text.toString();
        while (start <= plain.length()) {
            int newline = plain.indexOf('\n', start);
            int paragraphEnd = newline < 0 ? plain.length() : newline;
            int i = start;
            while (i < paragraphEnd) {
                int space = i;
                while (space < paragraphEnd && plain.charAt(space) == ' ') {
                    space++;
                }
                int wordEnd = space;
                while (wordEnd < paragraphEnd && plain.charAt(wordEnd) != ' ') {
                    wordEnd++;
                }
                AttributedString gap = text.subSequence(i, space);
                AttributedString word = text.subSequence(space, wordEnd);
                int used = line.columnLength();
                boolean atStart = used == lineStartLength;
                if (!atStart && used + gap.columnLength() + word.columnLength() > width) {
                    lines.add(line.toAttributedString());
                    line = new AttributedStringBuilder().append(rest);
                    lineStartLength = rest.columnLength();
                    atStart = true;
                }
                if (!atStart) {
                    line.append(gap);
                }
                while (line.columnLength() + word.columnLength() > width && width > line.columnLength()) {
                    int cut = cut(word, width - line.columnLength());
                    line.append(word.columnSubSequence(0, cut));
                    word = word.columnSubSequence(cut, word.columnLength());
                    lines.add(line.toAttributedString());
                    line = new AttributedStringBuilder().append(rest);
                    lineStartLength = rest.columnLength();
                }
                line.append(word);
                i = wordEnd;
            }
            lines.add(line.toAttributedString());
            line = new AttributedStringBuilder().append(rest);
            lineStartLength = rest.columnLength();
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** Where to cut {@code word}, too long for the {@code room} left: after its last hyphen in reach, else at the room. */
    private static int cut(AttributedString word, int room) {
        String head = word.columnSubSequence(0, room).toString();
        int hyphen = head.lastIndexOf('-');
        return hyphen > 0 ? new AttributedString(head.substring(0, hyphen + 1)).columnLength() : room;
    }

    /** {@code text} cut into lines of at most {@code width} columns, without looking for spaces (code, output). */
    static List<AttributedString> hard(AttributedString text, int width) {
        return text.columnSplitLength(Math.max(1, width));
    }

    /**
     * Text as a terminal would show it, made safe to draw: tabs become spaces (stops every 8 columns), a
     * carriage return starts its line over (what a {@code \r} progress line leaves), other control
     * characters go; ANSI colour sequences are kept as styles.
     */
    static AttributedString terminalText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append(c);
                lineStart = out.length();
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.setLength(lineStart);
            } else if (c == '\t') {
                int column = out.length() - lineStart;
                out.append(" ".repeat(8 - column % 8));
            } else if (c == 27 || c >= 32 || Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return AttributedString.fromAnsi(out.toString());
    }
}
