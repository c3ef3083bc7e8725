package dev.threadlab.engine;

import java.util.regex.Pattern;

/**
 * Javadoc comment text made readable as plain text: inline tags replaced by what they show (a link by the name it
 * links to, {@code Semaphore.acquire}; code as written, braces and line breaks kept), HTML removed, and the space
 * each comment line starts with dropped. Stateless.
 */
final class JavadocText {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern GENERICS = Pattern.compile("<[^<>]*>");

    private JavadocText() {}

    /** {@code javadoc} as plain text; a link to a member of the documented class ({@code #acquire}) as its name. */
    static String plain(String javadoc) {
        return plain(javadoc, "");
    }

    /** {@code javadoc} as plain text, {@code #acquire} shown as {@code owner.acquire} ({@code acquire} when blank). */
    static String plain(String javadoc, String owner) {
        String text = javadoc.lines().map(line -> line.startsWith(" ") ? line.substring(1) : line)
                .reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("(?i)<p>|<br>|</p>", "\n\n")
                .replaceAll("(?i)<li>", "\n - ");
        text = inlineTags(text, owner);
        text = HTML_TAG.matcher(text).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ")
                .replace("&#64;", "@")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return text.strip();
    }

    /** The text with every {@code {@tag body}} replaced, braces inside the body balanced ({@code {@code a{b}}}). */
    private static String inlineTags(String text, String owner) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{@", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int nameEnd = start + 2;
            while (nameEnd < text.length() && Character.isLetter(text.charAt(nameEnd))) {
                nameEnd++;
            }
            int end = closingBrace(text, nameEnd);
            if (end < 0 || nameEnd == start + 2) { // not a tag after all: keep the text as it is
                out.append("{@");
                i = start + 2;
                continue;
            }
            String tag = text.substring(start + 2, nameEnd);
            String body = text.substring(nameEnd, end);
            out.append(switch (tag) {
                case "link", "linkplain" -> link(body.strip(), owner);
                case "code", "literal" -> code(body);
                case "inheritDoc" -> "";
                default -> inlineTags(body.strip(), owner);
            });
            i = end + 1;
        }
        return out.toString();
    }

    /**
     * The body of {@code {@code ...}} as written, without the space or line break after the tag's name and the
     * line break before its closing brace; {@code <}, {@code >} and {@code &} as entities, so that the HTML removal
     * after it leaves {@code Map<K, V>} alone.
     */
    private static String code(String body) {
        String code = body.startsWith(" ") ? body.substring(1) : body.replaceFirst("^\\n", "");
        return code.replaceFirst("\\n[ \\t]*$", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The index of the brace that closes the one opened before {@code from}, or -1. */
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What {@code {@link reference label}} shows: the label, else the name linked to, with a class's simple name:
     * {@code Semaphore#acquire(int)} and, in Semaphore's own Javadoc, {@code #acquire(int)} are
     * {@code Semaphore.acquire(int)}; {@code java.util.List} is {@code List}.
     */
    static String link(String body, String owner) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                return body.substring(i).strip();
            }
        }
        int hash = body.indexOf('#');
        String type = hash < 0 ? body : body.substring(0, hash);
        String member = hash < 0 ? "" : body.substring(hash + 1);
        type = type.isEmpty() ? owner : type.substring(type.lastIndexOf('.') + 1);
        if (member.isEmpty()) {
            return type;
        }
        return type.isEmpty() ? member : type + "." + member;
    }

    /**
     * The simple name of the class a JShell signature belongs to, for links to its own members: {@code Semaphore}
     * for {@code void Semaphore.acquire()}, {@code java.util.concurrent.Semaphore},
     * {@code java.util.concurrent.Semaphore(int permits)} and {@code Timing<T>(T value)}; {@code Thread} for
     * {@code Thread.MAX_PRIORITY:int}.
     */
    static String owner(String signature) {
        String s = signature;
        for (String shorter = GENERICS.matcher(s).replaceAll(""); !shorter.equals(s);
                shorter = GENERICS.matcher(s).replaceAll("")) {
            s = shorter;
        }
        int paren = s.indexOf('(');
        int colon = s.indexOf(':');
        String head = paren >= 0 ? s.substring(0, paren) : colon >= 0 ? s.substring(0, colon) : s;
        head = head.strip();
        boolean member = colon >= 0 && paren < 0 || paren >= 0 && head.contains(" ");
        String name = head.substring(head.lastIndexOf(' ') + 1);
        if (member) {
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? "" : name.substring(0, dot);
        }
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
