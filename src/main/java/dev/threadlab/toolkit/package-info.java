/**
 * What lessons import to measure and show concurrent code: Timeline, Stopwatch, Table, Progress, Work,
 * SlowServer, Subprocess and ProcessPool, Threads, Gil. Plain Java with text fallbacks; knows nothing of
 * the kernel.
 */
package dev.threadlab.toolkit;
