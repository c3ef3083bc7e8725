package dev.threadlab.engine;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/** A JShell that runs snippets in this JVM (its local engine) and prints nothing: for tests of JShell's internals. */
final class LocalJShell {

    private LocalJShell() {}

    /** A new JShell with the local engine and no input or output. */
    static JShell start() {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        return JShell.builder().executionEngine("local").in(InputStream.nullInputStream()).out(discard).err(discard)
                .build();
    }

    /** Evaluates {@code source} and answers the event of the snippet it made (not of snippets it updated). */
    static SnippetEvent eval(JShell jshell, String source) {
        List<SnippetEvent> events = jshell.eval(source);
        return events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElseThrow();
    }
}
