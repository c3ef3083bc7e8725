/**
 * What runs inside the engine JVM: the remote end of JShell's execution control, stop and interrupt
 * handling, the display channel back to the kernel, the cell tag every thread inherits (output routing) and
 * the record of which cell started which thread and child process. Depends only on the JDK and
 * {@link dev.threadlab.display}.
 */
package dev.threadlab.agent;
