/**
 * The learner's progress: {@link dev.threadlab.lessons.progress.ProgressStore} keeps the best score of each
 * check and, with {@link dev.threadlab.lessons.progress.ProgressStore.LessonPlace}, where the learner was in each lesson
 * (one JSON file, written atomically), {@link dev.threadlab.lessons.progress.ProgressRecorder} records
 * the genuine check reports as cells run, {@link dev.threadlab.lessons.progress.ProgressMagic} is {@code
 * %progress}, and {@link dev.threadlab.lessons.progress.CourseMap} and {@link
 * dev.threadlab.lessons.progress.CourseProgress} set the scores against the course's lessons and exercises.
 *
 * <p>Used by {@code cli} (the kernel's and the terminal app's engines) and {@code repl}; uses {@code
 * lessons.notebook}, the interpreter SPI and the check-report format of {@code wire}.
 */
package dev.threadlab.lessons.progress;
