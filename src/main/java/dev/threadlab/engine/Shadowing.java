package dev.threadlab.engine;

import java.util.ArrayList;
import jdk.jshell.JShell;
import java.util.List;
import java.util.Optional;

/**
 * Notices a class a learner declares with the name of one the notebook already imports ({@code class Thread},
 * {@code class Timeline}, {@code class String}): from then on that name means the learner's class in every
 * cell, and the next cell that means the original fails with a compiler message naming two types that look
 * the same ("java.lang.String cannot be converted to String"). Said once, when the class is declared.
 * Stateless.
 */
final class Shadowing {

    private Shadowing() {}

    /** The note for a type declared as {@code name}, when it hides an imported or {@code java.lang} type. */
    static Optional<String> note(String name) {
        return hidden(name).map(found -> "Note: your " + name + " hides " + found + " in every later cell: code"
                + " that means " + found + " must now spell it out. Give your class another name (and %reset) if"
                + " that is not what you meant.\n");
    }

    /**
     * Drops the notebook's own single-type import of a type named {@code name} ({@code
     * org.junit.jupiter.api.Assertions}) after the learner declared a class of that name: JShell would
     * otherwise put both in every later cell's wrapper, and every later cell would fail to compile ("a type
     * with the same simple name is already defined by the single-type-import"). Imports the learner wrote
     * stay: that conflict is theirs, and the compiler names it.
     */
    static void dropSingleTypeImport(JShell jshell, String name) {
        for (String imported : Session.IMPORTS) {
            if (!imported.endsWith(".*") && imported.endsWith("." + name)) {
                jshell.imports().filter(i -> i.fullname().equals(imported) && !i.isStatic()).toList()
                        .forEach(jshell::drop);
            }
        }
    }

    /** The fully qualified type that {@code name} stood for before: java.lang's, or one the notebook imports. */
    private static Optional<String> hidden(String name) {
        ClassLoader loader = Shadowing.class.getClassLoader();
        List<String> imports = new ArrayList<>();
        imports.add("java.lang.*");
        imports.addAll(Session.IMPORTS);
        for (String imported : imports) {
            if (!imported.endsWith(".*")) {
                if (imported.endsWith("." + name)) {
                    return Optional.of(imported);
                }
                continue;
            }
            String candidate = imported.substring(0, imported.length() - 1) + name;
            try {
                Class<?> type = Class.forName(candidate, false, loader);
                if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
                    return Optional.of(candidate);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package
            }
        }
        return Optional.empty();
    }
}
