package dev.threadlab.lessons.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a learner was in a lesson when they last looked at it in {@code threadlab learn}: the cell shown, how
 * many cells the lesson had then, and that cell's nbformat id, so that a lesson whose cells changed since still
 * opens at the same cell, or near it. Kept by {@link ProgressStore}. Immutable.
 *
 * @param index  the index of the cell shown (0 is the first); {@code index == cells} is past the last cell, the
 *               end of the lesson
 * @param cells  how many cells the lesson had
 * @param cellId the nbformat id of the cell shown, when it has one (never at the end)
 */
public record LessonPlace(int index, int cells, Optional<String> cellId) {

    public LessonPlace {
        if (cells < 0) {
            throw new IllegalArgumentException("cells must be >= 0, was " + cells);
        }
        if (index < 0 || index > cells) {
            throw new IllegalArgumentException("index must be within 0.." + cells + ", was " + index);
        }
        Objects.requireNonNull(cellId, "cellId");
        cellId = cellId.filter(id -> !id.isBlank() && index < cells);
    }

    /** Whether the learner had gone past the last cell. */
    public boolean atEnd() {
        return index == cells;
    }

    /**
     * The index to open the lesson at, now that its cells have {@code ids} (one per cell, empty for a cell
     * without one): the cell with the remembered id wherever it moved; else the end if the learner was at the
     * end; else the same index, or the last cell if the lesson has become shorter. Between 0 and
     * {@code ids.size()}.
     */
    public int in(List<Optional<String>> ids) {
        if (cellId.isPresent()) {
            int found = ids.indexOf(cellId);
            if (found >= 0) {
                return found;
            }
        }
        if (atEnd()) {
            return ids.size();
        }
        return Math.max(0, Math.min(index, ids.size() - 1));
    }
}
