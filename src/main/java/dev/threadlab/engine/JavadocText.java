package dev.threadlab.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Javadoc comment text made readable as plain text: inline tags and HTML removed. Stateless. */
final class JavadocText {

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^{}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private JavadocText() {}

    static String plain(String javadoc) {
        String text = javadoc.replaceAll("(?i)<p>|<br>|</p>", "\n\n")
                .replaceAll("(?i)<li>", "\n - ");
        Matcher tags = INLINE_TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (tags.find()) {
            String tag = tags.group(1);
            String body = tags.group(2).strip();
            String replacement = switch (tag) {
                case "link", "linkplain" -> {
                    int space = body.indexOf(' ');
                    yield space > 0 ? body.substring(space + 1) : body.replace('#', '.');
                }
                default -> body;
            };
            tags.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tags.appendTail(out);
        text = HTML_TAG.matcher(out).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return text.strip();
    }
}
