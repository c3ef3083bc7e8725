package dev.threadlab.lessons.run;

import java.util.List;

/**
 * The result of running a notebook's code cells top to bottom.
 *
 * @param cells    one result per cell given, in order
 * @param notes    what a teacher should know about the run (a cell stopped, the engine restarted)
 * @param problems why the run cannot be trusted as a grade (the engine never started); empty when fine
 */
public record NotebookRun(List<CellResult> cells, List<String> notes, List<String> problems) {
    public NotebookRun {
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }
}
