/**
 * The contract between the kernel and the engine JVM, used by both ends ({@code engine} in the kernel,
 * {@code agent} in the engine): the connection handshake, frame channels and control bytes ({@link
 * dev.threadlab.wire.Wire}), what frames carry ({@link dev.threadlab.wire.DisplayMessage}, {@link
 * dev.threadlab.wire.ReportFrame}, the marks of a thread dump in {@link dev.threadlab.wire.ThreadDumpText}), the
 * engine's typed commands beyond JShell's ({@link dev.threadlab.wire.EngineCommands}) and streams over a
 * connection that an interrupt cannot close ({@link dev.threadlab.wire.ChannelStreams}).
 *
 * <p>The bottom layer: depends only on the JDK (JShell's SPI for the command exception) and {@link
 * dev.threadlab.display}. Part of the engine module, which does not export it: user code cannot use it.
 */
package dev.threadlab.wire;
