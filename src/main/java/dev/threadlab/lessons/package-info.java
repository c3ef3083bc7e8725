/**
 * Lesson notebooks as data, and the tools built on them, split by concern into sub-packages; this package
 * itself holds none of their classes:
 * <ul>
 *   <li>{@link dev.threadlab.lessons.notebook}: the nbformat notebook model, written byte for byte as Jupyter
 *       writes it;</li>
 *   <li>{@link dev.threadlab.lessons.exercise}: the exercise format (nbgrader schema 3 plus {@code
 *       metadata.threadlab}, see {@code docs/exercises.md}), making student notebooks ({@code release}) and
 *       repairing submissions;</li>
 *   <li>{@link dev.threadlab.lessons.run}: running a notebook's cells headless on engines it is given;</li>
 *   <li>{@link dev.threadlab.lessons.grade}: grading submissions ({@code grade}, {@code merge});</li>
 *   <li>{@link dev.threadlab.lessons.validate}: proving lessons ({@code validate});</li>
 *   <li>{@link dev.threadlab.lessons.progress}: the learner's progress store and the course map.</li>
 * </ul>
 *
 * <p>Grades come only from genuine check reports ({@link dev.threadlab.interpreter.Output#checkReport}): see
 * {@link dev.threadlab.lessons.grade.Scoring} and {@code docs/grading.md} for what {@code grade} guarantees.
 *
 * <p>Runs in the kernel (or command-line) JVM: it runs notebooks through the interpreter SPI and never
 * the reverse. {@code cli} and {@code repl} use each sub-package through a few public entry points (which
 * ones, and which sub-package may import which, is stated in {@code ArchitectureTest}); the other public types
 * are public only for the sibling sub-packages. Files the user owns are written atomically (temporary file,
 * then rename).
 */
package dev.threadlab.lessons;
