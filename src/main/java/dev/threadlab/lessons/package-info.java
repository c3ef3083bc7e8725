/**
 * Lesson notebooks as data, and the tools built on them: the nbformat notebook model, the exercise
 * format (nbgrader schema 3 plus {@code metadata.threadlab}, see {@code docs/exercises.md}), making
 * student notebooks ({@code release}), proving lessons ({@code validate}), grading submissions
 * ({@code grade}) and the learner's progress store.
 *
 * <p>Grades come only from genuine check reports ({@link dev.threadlab.interpreter.Output#checkReport}): see
 * {@link dev.threadlab.lessons.Scoring} and {@code docs/grading.md} for what {@code grade} guarantees.
 *
 * <p>Runs in the kernel (or command-line) JVM: it may use the kernel contracts and the engine to run
 * notebooks, never the reverse. Files the user owns are written atomically (temporary file, then rename).
 */
package dev.threadlab.lessons;
