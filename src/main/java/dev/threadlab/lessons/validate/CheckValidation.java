package dev.threadlab.lessons.validate;

import java.util.List;
import java.util.Objects;

/**
 * How one check cell fared over the runs of {@code validate}.
 *
 * @param id            the check cell's grade id
 * @param runs          how many times each version ran
 * @param sourcePassed  runs in which the source (the solution) earned full points
 * @param studentFailed runs in which the student version (the stubs) failed the check
 * @param problems      what is wrong, for the author; empty when the check is sound
 */
public record CheckValidation(String id, int runs, int sourcePassed, int studentFailed, List<String> problems) {
    public CheckValidation {
        Objects.requireNonNull(id, "id");
        problems = List.copyOf(problems);
    }

    /** Whether the solution always passed and the stubs always failed. */
    public boolean sound() {
        return problems.isEmpty();
    }
}
