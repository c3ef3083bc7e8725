/**
 * What runs inside the engine JVM: the remote end of JShell's execution control, stop and interrupt
 * handling, the display channel back to the kernel, the cell tag every thread inherits (output routing),
 * the record of which cell started which thread and child process, and the forwarding of genuine check
 * reports ({@code ReportForwarder}: only from {@code Check.cell} called by the cell's own code on its
 * thread). Depends only on the JDK, {@link dev.threadlab.wire} (the contract with the kernel), {@link
 * dev.threadlab.display} and the toolkit. Part of the engine
 * module, which does not export it.
 */
package dev.threadlab.agent;
