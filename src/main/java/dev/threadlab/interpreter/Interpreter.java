package dev.threadlab.interpreter;

/**
 * A language behind the kernel: runs cells, completes, inspects. The kernel calls every method except
 * {@link #interrupt()} from one thread (the shell thread), one call at a time.
 *
 * <p>A failure in user code is data ({@link ExecuteOutcome.Failed}); an exception thrown from these
 * methods is a bug in the interpreter, which the kernel logs and reports as an internal error.
 */
public interface Interpreter extends AutoCloseable {

    /** Language name, version and file details for {@code kernel_info_reply}. Must answer at once. */
    LanguageInfo languageInfo();

    /** A one-paragraph banner for {@code kernel_info_reply}. Must answer at once. */
    String banner();

    /**
     * Runs one cell to completion (or until interrupted), sending its output to {@code output} as it is
     * produced. {@code output} stays valid after this returns: output from threads the cell started
     * may still arrive through it.
     */
    ExecuteOutcome execute(Cell cell, Output output);

    /** Evaluates one user expression after a cell, for {@code user_expressions}. */
    ExpressionOutcome evaluate(String expression);

    /** Completions at {@code cursor} (a code-point offset into {@code code}). */
    Completion complete(String code, int cursor);

    /** Documentation of the name at {@code cursor}; {@code detailLevel} 0 = signature, 1 = more. */
    Inspection inspect(String code, int cursor, int detailLevel);

    /** Whether {@code code} is ready to run, as a console decides when Enter should run the cell. */
    Completeness isComplete(String code);

    /**
     * Asks the running cell to stop. Called from the control thread while {@link #execute} runs on
     * the shell thread; must return quickly. Does nothing when no cell is running.
     */
    void interrupt();

    /** Throws away all state (variables, classes, threads) and starts fresh. */
    void restart();

    /** Releases everything; the interpreter is not used afterwards. */
    @Override
    void close();
}
