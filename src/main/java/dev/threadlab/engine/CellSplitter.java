package dev.threadlab.engine;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Splits a cell into JShell snippets, keeping where each starts in the cell. Stateless. */
final class CellSplitter {

    /**
     * One snippet of a cell.
     *
     * @param source     the text to give JShell (a semicolon may have been added at the end)
     * @param offset     where the snippet starts in the cell (UTF-16 index)
     * @param length     how many characters of the cell it covers
     * @param completeness JShell's verdict on the snippet
     */
    record Piece(String source, int offset, int length, Completeness completeness) {
        /** Whether JShell needs more input to make sense of it. */
        boolean incomplete() {
            return completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE;
        }

        int end() {
            return offset + length;
        }
    }

    private CellSplitter() {}

    /**
     * The snippets of {@code code} in order. Blank text and comments at the end are dropped. An
     * incomplete or unparseable tail becomes one last piece so JShell can report its error.
     */
    static List<Piece> split(SourceCodeAnalysis analysis, String code) {
        List<Piece> pieces = new ArrayList<>();
        int pos = 0;
        while (pos < code.length()) {
            String rest = code.substring(pos);
            if (rest.isBlank()) {
                break;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            int consumed = rest.length() - info.remaining().length();
            boolean takeAll = completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE
                    || info.source() == null || consumed <= 0;
            if (takeAll) {
                pieces.add(trimmed(rest, pos, rest.length(), completeness));
                break;
            }
            pieces.add(trimmed(info.source(), pos, consumed, completeness));
            pos += consumed;
        }
        return pieces;
    }

    /** JShell trims snippets, and counts stack-trace lines from the first non-blank one: so do we. */
    private static Piece trimmed(String source, int offset, int length, Completeness completeness) {
        int blank = 0;
        while (blank < source.length() && blank < length && Character.isWhitespace(source.charAt(blank))) {
            blank++;
        }
        return new Piece(source.substring(blank), offset + blank, length - blank, completeness);
    }

    /** The piece containing (or ending at) UTF-16 index {@code index}, or a piece for the whole code. */
    static Piece pieceAt(SourceCodeAnalysis analysis, String code, int index) {
        List<Piece> pieces = split(analysis, code.substring(0, index));
        if (pieces.isEmpty()) {
            return new Piece(code.substring(0, index), 0, index, Completeness.EMPTY);
        }
        Piece last = pieces.get(pieces.size() - 1);
        String upToIndex = code.substring(last.offset(), index).strip();
        if (last.completeness() == Completeness.COMPLETE && (upToIndex.endsWith(";") || upToIndex.endsWith("}"))) {
            // The cursor is after a finished statement: a new snippet starts here.
            return new Piece("", index, 0, Completeness.EMPTY);
        }
        return last;
    }
}
