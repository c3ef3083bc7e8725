package dev.threadlab.interpreter;

/**
 * A line magic that another part of Threadlab adds to an interpreter's magics (the engine's {@code Magics}),
 * e.g. {@code %progress} from the lessons or {@code %maven}. Called on the shell thread, one cell at a time.
 */
public interface LineMagic {

    /** The name with its percent sign, e.g. {@code %progress}. */
    String name();

    /** One line for {@code %help}. */
    String help();

    /** Runs the magic with the rest of its line ({@code argument}, stripped, may be empty). */
    ExecuteOutcome run(String argument, Output output);
}
