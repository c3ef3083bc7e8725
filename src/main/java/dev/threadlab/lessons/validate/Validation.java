package dev.threadlab.lessons.validate;

import java.util.List;
import java.util.Objects;

/**
 * What {@code validate} found for one source notebook.
 *
 * @param file     the source as given
 * @param runs     how many times each version ran (0 when structural problems stopped it)
 * @param checks   one entry per check cell
 * @param problems problems of the notebook as a whole (structure, release, engine)
 * @param notes    what the runs noticed (cells stopped, engines restarted)
 */
public record Validation(String file, int runs, List<CheckValidation> checks, List<String> problems,
        List<String> notes) {
    public Validation {
        Objects.requireNonNull(file, "file");
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** Whether the notebook is sound: no problems, and every check's solution passes and stubs fail. */
    public boolean ok() {
        return problems.isEmpty() && checks.stream().allMatch(CheckValidation::sound);
    }
}
