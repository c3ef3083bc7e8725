/**
 * What lessons import to measure concurrent code and show what it did, each result with a picture
 * (SVG/HTML) and a plain-text fallback.
 *
 * <ul>
 *   <li>{@link dev.threadlab.toolkit.Timeline}: spans per thread/process, an SVG Gantt chart and a
 *       {@link dev.threadlab.toolkit.TimelineSummary} (wall, busy, peak and average number at once).</li>
 *   <li>{@link dev.threadlab.toolkit.Stopwatch}: wall and whole-JVM CPU time as a
 *       {@link dev.threadlab.toolkit.Timing}.</li>
 *   <li>{@link dev.threadlab.toolkit.Table}: records, maps or rows as HTML, Markdown and box-drawn text.</li>
 *   <li>{@link dev.threadlab.toolkit.Work}: honest I/O-like waits and CPU work.</li>
 *   <li>{@link dev.threadlab.toolkit.Threads}: thread dumps and deadlocks explained.</li>
 *   <li>{@link dev.threadlab.toolkit.Gil}: a CPython-like global lock; {@link dev.threadlab.toolkit.Progress}: a bar
 *       updated in place.</li>
 *   <li>{@link dev.threadlab.toolkit.Check}: the check cells of exercises ({@link dev.threadlab.toolkit.Checks},
 *       {@link dev.threadlab.toolkit.Score}, {@link dev.threadlab.toolkit.CheckFailed}) and the
 *       {@link dev.threadlab.toolkit.TaskProbe}, which hands tasks to the learner's code and names the mistake
 *       it sees (which thread ran each task, how many at once, what the caller waited in), without timing
 *       ({@link dev.threadlab.toolkit.TaskRun}, {@link dev.threadlab.toolkit.Outcomes}); workers
 *       {@code Watchdog}, {@code WhereStuck}, {@code CheckResults}, {@code ProbeLog}, {@code CallerWatch},
 *       {@code TaskHold}, {@code TaskSlot}, {@code ProbeFeedback}, {@code FailureFeedback}, {@code Leftovers}; and the
 *       {@link dev.threadlab.toolkit.SplitProbe}, which hands computing work split over threads to the learner's
 *       code as a function per part (workers {@code SplitCalls}, {@code SplitFeedback}).</li>
 * </ul>
 *
 * <p>Runs inside the user's JVM: depends only on the JDK, {@code dev.threadlab.display} and (for checks)
 * JUnit 5's API, and knows
 * nothing of the kernel. Every type states its thread-safety; time is read from an injectable
 * {@link dev.threadlab.toolkit.Ticker}; blocking and long-running calls honour interruption.
 */
package dev.threadlab.toolkit;
