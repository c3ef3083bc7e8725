package dev.threadlab.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * What this session of the app knows of one lesson's cells beyond the notebook: which have run (the engine
 * keeps what they defined) and which were edited since they last ran (their saved outputs belong to the code
 * before the edit). Kept by {@link Learn} across openings of the lesson, so leaving it and coming back changes
 * neither. Used by the terminal's owner thread only.
 */
final class SessionCells {

    private final boolean[] ran;
    private final boolean[] edited;

    /** A lesson of {@code cells} cells, none run or edited yet. */
    SessionCells(int cells) {
        if (cells < 0) {
            throw new IllegalArgumentException("cells must be >= 0, was " + cells);
        }
        this.ran = new boolean[cells];
        this.edited = new boolean[cells];
    }

    int size() {
        return ran.length;
    }

    /** Which cells have run, one flag a cell (a live view for {@link Bookmark#opening}). */
    boolean[] ran() {
        return ran;
    }

    boolean ran(int index) {
        return ran[index];
    }

    /** Cell {@code index} ran: its outputs are its code's now; {@code defined} is false when it did not compile. */
    void ran(int index, boolean defined) {
        ran[index] = defined;
        edited[index] = false;
    }

    /** Whether cell {@code index} was edited since it last ran. */
    boolean edited(int index) {
        return edited[index];
    }

    void edited(int index, boolean value) {
        edited[index] = value;
    }

    /** Cells above {@code index} that {@code setsUp} and that have not run in this session, numbered from 1. */
    List<String> notRunAbove(int index, java.util.function.IntPredicate setsUp) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < index; i++) {
            if (setsUp.test(i) && !ran[i]) {
                numbers.add(Integer.toString(i + 1));
            }
        }
        return numbers;
    }
}
