/**
 * The contract between the kernel and the engine JVM, used by both ends ({@code engine} in the kernel,
 * {@code agent} in the engine): the connection handshake, frame channels and control bytes ({@link
 * dev.threadlab.wire.Wire}), what frames carry ({@link dev.threadlab.wire.DisplayMessage}, {@link
 * dev.threadlab.wire.ReportFrame}, the marks of a thread dump in {@link dev.threadlab.wire.ThreadDumpText}), the
 * engine's typed commands beyond JShell's ({@link dev.threadlab.wire.EngineCommands}) and streams over a
 * connection that an interrupt cannot close ({@link dev.threadlab.wire.ChannelStreams}), and where each exception of
 * what a cell threw stands in its traceback ({@link dev.threadlab.wire.ThrownLink}), with class names as a learner
 * reads them on both ends ({@link dev.threadlab.wire.ClassNames}). Also the one definition
 * of a check cell's report ({@link dev.threadlab.wire.CheckReport}: the toolkit writes it, {@code lessons} and
 * {@code repl} read it), of a thread dump's display ({@link dev.threadlab.wire.ThreadDumpView}: the toolkit
 * writes it, {@code repl} draws it for the terminal's width) and the JSON that code without a JSON library writes and reads ({@link
 * dev.threadlab.wire.Json}: its one string escaper).
 *
 * <p>The bottom layer: depends only on the JDK (JShell's SPI for the command exception) and {@link
 * dev.threadlab.display}. Part of the engine module, which does not export it: user code cannot use it.
 */
package dev.threadlab.wire;
