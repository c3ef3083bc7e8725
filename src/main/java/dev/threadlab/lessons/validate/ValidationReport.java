package dev.threadlab.lessons.validate;

import dev.threadlab.toolkit.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code threadlab validate}'s report of one notebook as text. Stateless. */
public final class ValidationReport {

    private ValidationReport() {}

    /**
     * The notebook's name and verdict, a table (check, source passes k/N, student fails k/N, problems),
     * then its notebook-wide problems and notes.
     */
    public static String text(Validation validation) {
        StringBuilder out = new StringBuilder();
        out.append(validation.file()).append(": ").append(validation.ok() ? "OK" : "PROBLEMS");
        out.append(validation.runs() == 0 ? "" : " (" + validation.runs() + (validation.runs() == 1 ? " run)" : " runs)")).append('\n');
        if (!validation.checks().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (CheckValidation check : validation.checks()) {
                rows.add(List.of(check.id(), check.sourcePassed() + "/" + check.runs(),
                        check.studentFailed() + "/" + check.runs(), String.join("; ", check.problems())));
            }
            out.append(Table.of(List.of("check", "source passes", "student fails", "problems"), rows).toText());
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
        validation.problems().forEach(p -> out.append("  problem: ").append(p).append('\n'));
        validation.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
        return out.toString();
    }
}
