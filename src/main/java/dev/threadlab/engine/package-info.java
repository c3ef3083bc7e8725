/**
 * The Java language behind the kernel: a JShell session whose compiler lives in the kernel JVM and
 * whose user code runs in a separate engine JVM that can be stopped, killed and restarted. Implements
 * {@link dev.threadlab.kernel.Interpreter}; also cell splitting, completion, inspection, magics.
 *
 * <p>Use: {@code Interpreter java = new Magics(new JShellInterpreter());} The engine JVM starts in the
 * background at once; {@code languageInfo()} and {@code banner()} answer immediately. The engine's class
 * path is the system property {@code threadlab.engineJar} (the {@code engine}-classifier jar) when set,
 * otherwise the jar or directory the agent classes were loaded from; see {@link
 * dev.threadlab.engine.EngineOptions} for the JDK and JVM flags.
 *
 * <p>Layers: {@link dev.threadlab.engine.JShellInterpreter} (the facade) runs cells through
 * {@code CellRun} in a {@code Session} (JShell plus one {@code EngineProcess}); {@code EngineChannels}
 * speaks the wire format of {@link dev.threadlab.agent.Wire}; {@code OutputRouter} turns engine output into
 * {@link dev.threadlab.kernel.Output} calls; {@code Interruptions} escalates stop, stop again, kill;
 * {@code Failures} and {@code CodeAssist} make JShell's answers readable.
 */
package dev.threadlab.engine;
