package dev.threadlab.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;

/**
 * A declaration JShell created but cannot run until names it uses are declared (status
 * {@code RECOVERABLE_DEFINED}): a method that calls {@code supplyAsync(task, excutor)} is accepted, and fails
 * only when called. Says so in words, with the name that looks like what was meant ("a typo for executor?"):
 * jshell says it at once, the kernel said nothing until a check failed with "SPIResolutionException".
 * Stateless.
 */
final class Unresolved {

    private static final Pattern NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");
    /** "variable excutor", "method helper(int)", "class Widget": the kind, then the name. */
    private static final Pattern MISSING = Pattern.compile("\\S+ ([^\\s(]+).*");

    private Unresolved() {}

    /**
     * {@code was created, but cannot be used until variable excutor is declared. Is excutor a typo for
     * executor?}, for {@code snippet} in {@code jshell}.
     */
    static String what(JShell jshell, DeclarationSnippet snippet) {
        List<String> missing = jshell.unresolvedDependencies(snippet).toList();
        return "was created, but cannot be used until " + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are") + " declared." + typoHint(jshell, snippet, missing);
    }

    /** What to do, after {@link #what}: fix a typo, or declare what is missing. */
    static String advice(JShell jshell, DeclarationSnippet snippet) {
        List<String> missing = jshell.unresolvedDependencies(snippet).toList();
        return typoHint(jshell, snippet, missing).isEmpty() ? "Declare it, or fix that cell, and run it again."
                : "Fix that cell and run it again.";
    }

    /** The note a cell that declared {@code snippet} shows: it was created, but cannot be used yet, and why. */
    static String note(JShell jshell, DeclarationSnippet snippet) {
        List<String> missing = jshell.unresolvedDependencies(snippet).toList();
        return "Note: " + snippet.name() + " " + what(jshell, snippet)
                + (typoHint(jshell, snippet, missing).isEmpty()
                        ? " Declare " + (missing.size() == 1 ? "it" : "them") + " (here or in another cell), or fix the"
                                + " name if it is a typo."
                        : " Fix the name and run this cell again.") + "\n";
    }

    private static String typoHint(JShell jshell, DeclarationSnippet snippet, List<String> missing) {
        Set<String> known = known(jshell, snippet);
        return missing.stream().flatMap(dependency -> nameOf(dependency).stream()
                        .flatMap(name -> nearest(name, sameKind(dependency, known)).stream()
                                .map(near -> " Is " + name + " a typo for " + near + "?")))
                .collect(Collectors.joining());
    }

    /**
     * The names of {@code known} that may be what a missing {@code dependency} ({@code variable excutor},
     * {@code class Acount}) meant: for a variable or a method, names that start in lower case as they do (a
     * missing {@code executor} is no typo for the type {@code Executor}); for a type, names that start in upper case.
     */
    static Set<String> sameKind(String dependency, Set<String> known) {
        boolean value = dependency.startsWith("variable ") || dependency.startsWith("method ");
        Set<String> kind = new TreeSet<>();
        for (String name : known) {
            if (Character.isUpperCase(name.charAt(0)) != value) {
                kind.add(name);
            }
        }
        return kind;
    }

    /** The name in {@code variable excutor}, {@code method helper(int)}. */
    static Optional<String> nameOf(String dependency) {
        Matcher m = MISSING.matcher(dependency);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The names the snippet's own code holds and the session declares: what a typo most likely meant. */
    private static Set<String> known(JShell jshell, DeclarationSnippet snippet) {
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(snippet.source());
        while (m.find()) {
            names.add(m.group());
        }
        Stream.of(jshell.methods(), jshell.variables(), jshell.types()).flatMap(s -> s)
                .map(DeclarationSnippet::name).forEach(names::add);
        return names;
    }

    /** The name of {@code known} at the smallest edit distance from {@code name}, if one is close enough. */
    static Optional<String> nearest(String name, Set<String> known) {
        int allowed = name.length() <= 3 ? 1 : 2;
        return known.stream().filter(k -> !k.equals(name))
                .filter(k -> distance(name, k, true) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(name, k, true))
                        .thenComparingInt(k -> distance(name, k, false)).thenComparing(k -> k));
    }

    /** Levenshtein distance; with {@code ignoreCase}, letters that differ only in case count as the same. */
    static int distance(String a, String b, boolean ignoreCase) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) || ignoreCase
                        && Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + same);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
