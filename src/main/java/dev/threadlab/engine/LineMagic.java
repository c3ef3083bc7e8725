package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Output;

/**
 * A line magic that another part of Threadlab adds to {@link Magics}, e.g. {@code %progress} from the
 * lessons. Called on the shell thread, one cell at a time.
 */
public interface LineMagic {

    /** The name with its percent sign, e.g. {@code %progress}. */
    String name();

    /** One line for {@code %help}. */
    String help();

    /** Runs the magic with the rest of its line ({@code argument}, stripped, may be empty). */
    ExecuteOutcome run(String argument, Output output);
}
