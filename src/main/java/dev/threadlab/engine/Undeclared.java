package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;

/**
 * A cell that fails because a method, variable or class it names is declared nowhere in the session: after a
 * restart or {@code %reset}, or a lesson opened in a fresh kernel, the cells that declared it have not run.
 * javac's "cannot find symbol: method gather(java.util.List&lt;…&gt;,java.util.concurrent.Executor)" does not
 * say that; a sentence before it does, with what to do (and the declared name a typo may have meant).
 * Stateless.
 */
final class Undeclared {

    private static final Pattern CANNOT_FIND = Pattern.compile("cannot find symbol: (method|variable|class) (.+)");
    private static final Pattern NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");

    private Undeclared() {}

    /**
     * {@code failure} with the sentence first when it is a compile error for a name the cell {@code code} uses
     * unqualified and that no declaration of the session has; else {@code failure} unchanged. A check cell
     * ({@code checkCell}) is told to run the lesson's set-up and answer cells.
     */
    static Failed explain(JShell jshell, Failed failure, String code, boolean checkCell) {
        Matcher m = CANNOT_FIND.matcher(failure.evalue());
        if (!failure.ename().equals("CompileError") || !m.matches() || qualified(failure)) {
            return failure;
        }
        Optional<String> name = Unresolved.nameOf(m.group(1) + " " + m.group(2));
        if (name.isEmpty() || declared(jshell).contains(name.get())) {
            return failure;
        }
        String sentence = sentence(name.get(), checkCell,
                Unresolved.nearest(name.get(), known(jshell, checkCell ? "" : code)));
        List<String> traceback = new ArrayList<>();
        traceback.add(sentence);
        traceback.addAll(failure.evalue().lines().toList()); // javac's detail: the traceback holds only the place
        traceback.addAll(failure.traceback());
        return new Failed(failure.ename(), sentence + "\n" + failure.evalue(), traceback);
    }

    /** What the learner reads first. */
    static String sentence(String name, boolean checkCell, Optional<String> near) {
        String forgotten = "after a restart or %reset, the kernel has forgotten every cell that ran before";
        if (checkCell) {
            return name + " is not declared in this session: run the lesson's set-up cell and your answer cell first,"
                    + " then this check (" + forgotten + ")." + near.map(n -> " Or did the answer name it " + n + "?")
                    .orElse("");
        }
        return near.map(n -> name + " is not declared in this session: is it a typo for " + n + "? If it is declared in"
                + " another cell, run that cell first (" + forgotten + ").")
                .orElse(name + " is not declared in this session: run the cell that declares it first (" + forgotten
                        + "), or check its spelling.");
    }

    /**
     * Whether javac named where it looked ({@code location: class Point}, {@code location: interface List}):
     * a member missing from a type, not a name of the session. JShell's own wrapper ({@code location: class}
     * alone) is left out of the traceback already.
     */
    private static boolean qualified(Failed failure) {
        return failure.traceback().stream().map(String::strip).anyMatch(line -> line.startsWith("location:"));
    }

    /** Every name the session declares, in any state (one that failed is explained by FailedDeclarations). */
    private static Set<String> declared(JShell jshell) {
        Set<String> names = new TreeSet<>();
        jshell.snippets().filter(s -> s instanceof DeclarationSnippet).map(s -> ((DeclarationSnippet) s).name())
                .forEach(names::add);
        return names;
    }

    /** The names a typo may have meant: the session's declarations and the words of {@code code}. */
    private static Set<String> known(JShell jshell, String code) {
        Set<String> names = new TreeSet<>();
        Stream.of(jshell.methods(), jshell.variables(), jshell.types()).flatMap(s -> s)
                .filter(d -> jshell.status(d).isDefined()).map(DeclarationSnippet::name).forEach(names::add);
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
