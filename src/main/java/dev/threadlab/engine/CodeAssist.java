package dev.threadlab.engine;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.Inspection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completion, inspection and completeness from JShell's {@link SourceCodeAnalysis}, with Jupyter's
 * conventions: cursors are code-point offsets into the whole cell, out-of-range cursors are clamped.
 * Stateless; use from the session's thread.
 */
final class CodeAssist {

    private CodeAssist() {}

    static Completion complete(SourceCodeAnalysis analysis, String code, int cursor) {
        int index = CellText.utf16Index(code, cursor);
        CellSplitter.Piece piece = CellSplitter.pieceAt(analysis, code, index);
        String context = code.substring(piece.offset(), index);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(context, context.length(), anchor);
        if (suggestions.isEmpty() && piece.offset() > 0) {
            // Names declared earlier in this cell are not defined yet: complete inside a block that
            // declares them first, e.g. "{ var s = ""; s.len" -> "length(".
            String block = withEarlierCode(code, piece, context);
            suggestions = analysis.completionSuggestions(block, block.length(), anchor);
            anchor[0] -= block.length() - context.length();
        }
        Set<String> matching = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Suggestion suggestion : suggestions) {
            (suggestion.matchesType() ? matching : others).add(suggestion.continuation());
        }
        List<String> matches = new ArrayList<>(matching);
        others.stream().filter(s -> !matching.contains(s)).forEach(matches::add);
        int start = CellText.codePointOffset(code, piece.offset() + Math.max(0, Math.min(anchor[0], context.length())));
        int end = CellText.codePointOffset(code, index);
        return new Completion(matches, start, end);
    }

    /** Signatures and Javadoc of the name at (or just before) {@code cursor}; detail level does not shorten it. */
    static Inspection inspect(SourceCodeAnalysis analysis, JavadocCache javadocs, String code, int cursor,
                              int detailLevel) {
        int index = CellText.utf16Index(code, cursor);
        int end = index;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        CellSplitter.Piece piece = CellSplitter.pieceAt(analysis, code, end);
        String context = code.substring(piece.offset(), end);
        JavadocCache.Source source = analysis::documentation;
        List<Documentation> docs = documentation(source, javadocs, context);
        if (docs.isEmpty() && piece.offset() > 0) {
            docs = documentation(source, javadocs, withEarlierCode(code, piece, context));
        }
        if (docs.isEmpty()) {
            return Inspection.notFound();
        }
        StringBuilder text = new StringBuilder();
        for (Documentation doc : docs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(doc.signature());
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                String javadoc = JavadocText.plain(doc.javadoc());
                text.append("\n\n").append(javadoc);
            }
        }
        return new Inspection(true, MimeBundle.text(text.toString()));
    }

    private static List<Documentation> documentation(JavadocCache.Source source, JavadocCache javadocs,
                                                     String context) {
        List<Documentation> docs = javadocs.documentation(source, context, context.length());
        if (docs.isEmpty() && !context.isEmpty() && Character.isJavaIdentifierPart(context.charAt(context.length() - 1))) {
            docs = javadocs.documentation(source, context + "(", context.length() + 1);
        }
        return docs;
    }

    /**
     * {@code context} (the start of the snippet at the cursor) inside a block that first runs the cell's
     * earlier code, without its imports, which a block cannot hold. The result ends with {@code context}.
     */
    static String withEarlierCode(String code, CellSplitter.Piece piece, String context) {
        StringBuilder block = new StringBuilder("{ ");
        code.substring(0, piece.offset()).lines()
                .filter(line -> !line.strip().startsWith("import "))
                .forEach(line -> block.append(line).append('\n'));
        return block.append(context).toString();
    }

    /**
     * Whether {@code code} is ready to run, judged by its brackets and last character alone (a bracket closed
     * wrongly: invalid; one left open, or an operator waiting for its right side: incomplete). For the
     * seconds before JShell is up, when only this answers in time.
     */
    static Completeness isCompleteByBrackets(String code) {
        String open = CellText.openBrackets(code);
        if (open == null) {
            return new Completeness.Invalid();
        }
        if (!open.isEmpty()) {
            return new Completeness.Incomplete(CellText.indentFor(code));
        }
        String end = CellText.withoutTrailingComment(code).stripTrailing();
        boolean operator = !end.isEmpty() && "+-*/%=&|^<>!?:,.".indexOf(end.charAt(end.length() - 1)) >= 0
                && !end.endsWith("++") && !end.endsWith("--");
        return operator ? new Completeness.Incomplete("") : new Completeness.Complete();
    }

    static Completeness isComplete(SourceCodeAnalysis analysis, String code) {
        for (CellSplitter.Piece piece : CellSplitter.split(analysis, code)) {
            switch (piece.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new Completeness.Incomplete(CellText.indentFor(code));
                }
                case UNKNOWN -> {
                    return new Completeness.Invalid();
                }
                default -> { }
            }
        }
        return new Completeness.Complete();
    }
}
