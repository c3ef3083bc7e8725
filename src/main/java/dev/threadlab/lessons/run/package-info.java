/**
 * Running code cells headless: {@link dev.threadlab.lessons.run.NotebookRunner} runs a list of {@link
 * dev.threadlab.lessons.run.CellToRun} top to bottom on interpreters it is given (by {@code cli}), each cell
 * with its timeout, and answers a {@link dev.threadlab.lessons.run.NotebookRun}: what each cell printed,
 * displayed and reported, and how it ended. Capturing output and the engine slot are package-private.
 *
 * <p>Knows cells, not notebooks: uses only the interpreter SPI and {@code display}. {@code cli} uses the runner;
 * {@code lessons.grade} and {@code lessons.validate} use the results.
 */
package dev.threadlab.lessons.run;
