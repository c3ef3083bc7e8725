/**
 * The terminal front end, on JLine 3: {@link dev.threadlab.repl.Learn} ({@code threadlab learn}, the
 * lessons stepped through cell by cell, answers edited and checked, saved into the learner's own copy of
 * each notebook) and {@link dev.threadlab.repl.Repl} ({@code threadlab repl}, Java typed line by line).
 *
 * <p>Cells run through the kernel's {@code Interpreter} contract, in the same isolated engine JVM as in
 * Jupyter. One thread owns the terminal: it draws and reads keys (Ctrl-C arrives as a key, with the
 * terminal's signals off, so no SIGINT reaches the engine); other threads hand it output through a
 * queue. This is the only package that imports {@code org.jline} (and commonmark-java). Nothing here
 * prints a stack trace: failures are told in a sentence and logged to a file.
 */
package dev.threadlab.repl;
