/**
 * Grading submissions ({@code threadlab grade} and {@code merge}): {@link dev.threadlab.lessons.grade.Grader}
 * repairs a submission against its source ({@link dev.threadlab.lessons.grade.Sources}), runs it and scores
 * each check cell from its genuine check report alone ({@link dev.threadlab.lessons.grade.Scoring}, see
 * {@code docs/grading.md}); {@link dev.threadlab.lessons.grade.GradeReport} writes and reads the grades as a
 * table, JSON and CSV.
 *
 * <p>Used by {@code cli} and by {@code lessons.validate}; uses {@code lessons.notebook}, {@code
 * lessons.exercise}, {@code lessons.run} and the check-report format of {@code wire}.
 */
package dev.threadlab.lessons.grade;
