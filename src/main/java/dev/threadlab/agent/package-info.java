/**
 * What runs inside the engine JVM: the remote end of JShell's execution control, stop and interrupt
 * handling, and the display channel back to the kernel. Depends only on the JDK and
 * {@link dev.threadlab.display}.
 */
package dev.threadlab.agent;
