/**
 * The exercise format on top of the notebook model (see {@code docs/exercises.md}): checking a source
 * notebook ({@link dev.threadlab.lessons.exercise.Exercises}), making its student copy ({@link
 * dev.threadlab.lessons.exercise.Release}: solution regions, hidden tests and hints taken out) and putting a
 * submission's locked cells back as the source has them ({@link dev.threadlab.lessons.exercise.Repair}). A
 * notebook that breaks the format is an {@link dev.threadlab.lessons.exercise.ExerciseFormatException}
 * naming the cell. Regions, hidden tests, hints and check order are package-private.
 *
 * <p>Used by {@code cli} ({@code release}) and by {@code lessons.grade} and {@code lessons.validate}; uses only
 * {@code lessons.notebook}. Stateless.
 */
package dev.threadlab.lessons.exercise;
