/**
 * The contract between the kernel and the engine JVM, used by both ends ({@code engine} in the kernel,
 * {@code agent} in the engine): the connection handshake, frames and control bytes, and streams over a
 * connection that an interrupt cannot close. The bottom layer: depends only on the JDK and {@link
 * dev.threadlab.display}. Part of the engine module, which does not export it: user code cannot use it.
 */
package dev.threadlab.wire;
