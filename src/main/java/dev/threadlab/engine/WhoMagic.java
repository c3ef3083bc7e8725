package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.JShell;
import jdk.jshell.VarSnippet;

/**
 * {@code %who}: the variables the cells declared, with their types and a short value, then the methods
 * and classes, as IPython's {@code %whos} lists a namespace. Values are the engine's {@code toString},
 * first line only, cut at {@value #VALUE_CHARS} characters.
 */
final class WhoMagic {

    static final int VALUE_CHARS = 60;

    private final EngineAccess engine;

    WhoMagic(EngineAccess engine) {
        this.engine = engine;
    }

    ExecuteOutcome run(Output output) {
        JShell jshell;
        try {
            jshell = engine.jshell();
        } catch (EngineUnavailableException e) {
            return new Failed(e.ename(), e.getMessage(), List.of());
        }
        List<String[]> rows = new ArrayList<>();
        for (VarSnippet v : jshell.variables().filter(v -> !v.name().startsWith("$")).toList()) {
            rows.add(new String[] {v.name(), v.typeName(), value(jshell, v)});
        }
        List<String> methods = jshell.methods().filter(m -> !m.name().equals(Timeit.NAME))
                .map(m -> m.name() + "(" + m.parameterTypes() + ")").toList();
        List<String> types = jshell.types().map(t -> t.name()).toList();
        if (rows.isEmpty() && methods.isEmpty() && types.isEmpty()) {
            output.stdout("No variables, methods or classes are declared yet.\n");
            return new ExecuteOutcome.Ok(null);
        }
        StringBuilder text = new StringBuilder();
        if (!rows.isEmpty()) {
            rows.addFirst(new String[] {"Variable", "Type", "Value"});
            rows.add(1, new String[] {"--------", "----", "-----"});
            int name = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
            int type = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
            for (String[] row : rows) {
                text.append(String.format(Locale.ROOT, "%-" + name + "s   %-" + type + "s   %s", (Object[]) row)
                        .stripTrailing()).append('\n');
            }
        }
        if (!methods.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append("Methods: ").append(String.join(", ", methods)).append('\n');
        }
        if (!types.isEmpty()) {
            text.append(text.isEmpty() || !methods.isEmpty() ? "" : "\n")
                    .append("Classes: ").append(String.join(", ", types)).append('\n');
        }
        output.stdout(text.toString());
        return new ExecuteOutcome.Ok(null);
    }

    /** The value as {@code toString} shows it: its first line, cut to fit; why not, when it cannot be read. */
    private static String value(JShell jshell, VarSnippet variable) {
        String text;
        try {
            text = jshell.varValue(variable);
        } catch (IllegalArgumentException e) {
            return "(cannot be used yet: a name it needs is not declared)";
        } catch (RuntimeException e) {
            return "(toString failed: " + e.getClass().getSimpleName() + ")";
        }
        if (text == null) {
            return "null";
        }
        String first = text.lines().findFirst().orElse("");
        boolean cut = first.length() > VALUE_CHARS || first.length() < text.strip().length();
        if (first.length() > VALUE_CHARS) {
            first = first.substring(0, VALUE_CHARS - 1);
        }
        return cut ? first + "…" : first;
    }
}
