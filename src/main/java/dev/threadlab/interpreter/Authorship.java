package dev.threadlab.interpreter;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which cells an engine runs are the lesson author's, so that a check cell can tell the author's names from
 * a learner's (the JShell engine does not run a check cell when a learner's declaration stands in for a
 * name it uses). Immutable.
 *
 * <p>Unknown (the live kernel, which never sees a notebook's metadata): only a learner's classes, interfaces,
 * records, enums, variables and imports named like a type the check cell uses (a JDK or toolkit type such as
 * {@code Check}, {@code Assertions}, {@code Duration}) are refused. Known ({@code threadlab grade}): every
 * declaration of a learner named like something the check cell or the author's cells use, methods and
 * redefinitions of the author's declarations included, except the names the exercises ask for.
 *
 * @param authorCells   the code of the cells the author wrote (read-only set-up cells and check cells, as the
 *                      grader restores them from the source): what a cell with exactly this code declares is
 *                      the author's
 * @param exerciseCells the code of the source's answer cells (the reference solutions): the names they declare
 *                      are the ones a learner is asked to declare, so declaring them is never refused
 */
public record Authorship(Set<String> authorCells, List<String> exerciseCells) {

    public Authorship {
        authorCells = Set.copyOf(authorCells);
        exerciseCells = List.copyOf(exerciseCells);
    }

    /** Nothing known about the cells: the live kernel's. */
    public static Authorship unknown() {
        return new Authorship(Set.of(), List.of());
    }

    /** Whether the author's cells are known. */
    public boolean known() {
        return !authorCells.isEmpty();
    }

    /** Whether {@code code} is exactly the code of one of the author's cells. */
    public boolean byAuthor(String code) {
        Objects.requireNonNull(code, "code");
        return authorCells.contains(code);
    }
}
