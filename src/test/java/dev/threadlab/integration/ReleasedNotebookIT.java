package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.lessons.Notebook;
import dev.threadlab.lessons.NotebookCell;
import dev.threadlab.lessons.Release;
import dev.threadlab.lessons.Repair;
import dev.threadlab.testing.Jupyter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notebooks Threadlab writes (released, repaired) are valid and exactly what Jupyter's nbformat writes. */
@Tag("integration")
final class ReleasedNotebookIT {

    @Test
    void releasedAndRepairedNotebooksAreWhatNbformatWrites(@TempDir Path dir) throws Exception {
        Notebook source = Notebook.read(Path.of("src/test/resources/lessons/source/99-fixture.ipynb"));
        Notebook student = Release.student(source);
        List<NotebookCell> cells = new ArrayList<>(student.cells());
        cells.remove(4);   // a deleted check cell, restored by Repair
        Notebook repaired = Repair.against(source, student.withCells(cells)).notebook();
        student.write(dir.resolve("student.ipynb"));
        repaired.write(dir.resolve("repaired.ipynb"));
        source.write(dir.resolve("source.ipynb"));
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(1), "nbformat_same.py",
                dir.resolve("student.ipynb").toString(), dir.resolve("repaired.ipynb").toString(),
                dir.resolve("source.ipynb").toString());
        assertEquals(0, run.exitCode(), run.output());
    }
}
