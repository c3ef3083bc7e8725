/**
 * Proving a lesson ({@code threadlab validate}): {@link dev.threadlab.lessons.validate.Validator} runs a
 * source notebook and its student copy several times and reports, per check cell, whether the solution always
 * passes and the stub always fails ({@link dev.threadlab.lessons.validate.Validation}, written for people by
 * {@link dev.threadlab.lessons.validate.ValidationReport}).
 *
 * <p>The top of {@code lessons}: used only by {@code cli}; uses the other sub-packages but progress.
 */
package dev.threadlab.lessons.validate;
