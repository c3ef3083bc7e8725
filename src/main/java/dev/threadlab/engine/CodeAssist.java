package dev.threadlab.engine;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.Inspection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completion, inspection and completeness from JShell's {@link SourceCodeAnalysis}, with Jupyter's
 * conventions: cursors are code-point offsets into the whole cell, out-of-range cursors are clamped.
 * Stateless; use from the session's thread.
 */
final class CodeAssist {

    /** Statements whose parenthesised part may end a line, their body to follow: {@code if (…)}, {@code catch (…)}. */
    private static final Pattern STATEMENT_WITH_PARENTHESES = Pattern.compile(
            "(?:else\\s+)?(?:if|while|for|switch|synchronized|catch|try)\\s*(?=\\()");
    /** Statements that are one word before their body: {@code try}, {@code else}, {@code do}, {@code finally}. */
    private static final Pattern BARE_STATEMENT = Pattern.compile("try|else|do|finally");
    /** A class, interface, record or enum header without its body. */
    private static final Pattern TYPE_HEADER = Pattern.compile(
            "(?:(?:public|private|protected|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
            + "(?:class|interface|record|enum)\\s+[\\p{L}_$][\\p{L}\\p{N}_$]*[^;{}=]*");
    /** A method header without its body: a type, a name, parameters, maybe throws. */
    private static final Pattern METHOD_HEADER = Pattern.compile(
            "(?:@\\w+\\s+)*[\\p{L}_$][\\p{L}\\p{N}_$<>\\[\\],.?\\s]*\\s+[\\p{L}_$][\\p{L}\\p{N}_$]*\\s*"
            + "\\([^;{}=]*\\)(?:\\s*throws\\s+[\\p{L}\\p{N}_$.,\\s]+)?");
    /** Words a method header never starts with, though a statement beginning with them can look like one. */
    private static final Pattern NOT_A_TYPE = Pattern.compile("(?:new|return|throw|yield|assert|case|else)\\b");

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
                String javadoc = JavadocText.plain(doc.javadoc(), JavadocText.owner(doc.signature()));
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
        String last = end.substring(end.lastIndexOf('\n') + 1).strip();
        return operator || waitsForBody(last) ? new Completeness.Incomplete("") : new Completeness.Complete();
    }

    /**
     * Whether the last line of a cell is a header whose body must follow: a statement such as {@code if (ready)},
     * {@code try} or {@code else}, a type such as {@code class Box}, or a method such as {@code void greet()}.
     * JShell knows (definitely or considered incomplete), but it is not up before the first cell.
     */
    static boolean waitsForBody(String lastLine) {
        String line = lastStatement(lastLine);
        var statement = STATEMENT_WITH_PARENTHESES.matcher(line);
        if (statement.lookingAt()) {
            return closingParenthesis(line, statement.end()) == line.length() - 1;
        }
        return BARE_STATEMENT.matcher(line).matches() || TYPE_HEADER.matcher(line).matches()
                || METHOD_HEADER.matcher(line).matches() && !NOT_A_TYPE.matcher(line).lookingAt();
    }

    /** What follows the last closing brace or statement-ending semicolon of {@code line}: the statement it ends with. */
    private static String lastStatement(String line) {
        int depth = 0;
        int after = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '}' || c == ';' && depth == 0) {
                after = i + 1;
            }
        }
        return line.substring(after).strip();
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParenthesis(String line, int open) {
        int depth = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
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
