/**
 * The Java language behind the kernel: a JShell session whose compiler lives in the kernel JVM and
 * whose user code runs in a separate engine JVM that can be stopped, killed and restarted. Implements
 * {@link dev.threadlab.interpreter.Interpreter}; also cell splitting, completion, inspection, magics.
 *
 * <p>Use: {@code Interpreter java = new Magics(new JShellInterpreter());} The engine JVM starts in the
 * background at once; {@code languageInfo()} and {@code banner()} answer immediately. The engine's class
 * path is the system property {@code threadlab.engineJar} (target/threadlab-engine.jar, which also holds
 * JUnit's {@code Assertions} for check cells) when set, otherwise the jar the agent classes were loaded
 * from, or their classes directory plus JUnit's jars; see {@link
 * dev.threadlab.engine.EngineOptions} for the JDK and JVM flags.
 *
 * <p>Layers: {@link dev.threadlab.engine.JShellInterpreter} (the facade) runs cells through
 * {@code CellRun} in a {@code Session} (JShell plus one {@code EngineProcess}), answers user expressions
 * through {@code UserExpressions}, and leaves the engine's life to {@code EngineSupervisor} (start in the
 * background, replace a lost engine, restart); an engine lost during a cell is an {@code EngineLostException}.
 * {@code EngineLauncher} starts the JVM and does the handshake; an {@code EngineProcess} is the process, its raw
 * output, its {@code ControlChannel} (stop, numbered thread-dump requests, standard input) and its
 * {@code InputRequests}; {@code EngineChannels} speaks the wire format of {@link dev.threadlab.wire};
 * {@code OutputRouter} turns engine output into {@link dev.threadlab.interpreter.Output} calls on the cell that
 * produced it; {@code Interruptions} escalates stop, stop again, kill, on an injected {@code Ticker} and
 * {@code Scheduler}; {@code Failures} and {@code CodeAssist} make JShell's answers readable; {@code Magics} sits
 * in front, reads a cell's magics once ({@code MagicCell}) and hands each to its own class ({@code TimeMagic},
 * {@code TimeitMagic}, {@code ClassPathMagic}, {@code ThreadsMagic} for {@code %threads} and {@code %reset},
 * {@code MemoryMagic}, {@code WhoMagic}), which see the engine through {@code EngineAccess}; other parts add
 * theirs as {@link dev.threadlab.interpreter.LineMagic}s.
 *
 * <p>Trust: the engine jar runs as the module {@code dev.threadlab.engine} (see {@link
 * dev.threadlab.engine.EngineOptions}), which user code cannot open; {@code EngineListener} accepts the engine's
 * two connections under one deadline, with a token given on its standard input; check reports arrive on their
 * own channel and reach only the cell running ({@code OutputRouter}); {@code NameGuard} refuses a check cell a
 * learner's declaration would redirect. A grading engine ({@link dev.threadlab.engine.Confinement}) also gets a
 * cleared environment, flags that deny Unsafe, native access and attaching, {@code GradingRules} (no reflection or
 * class loading in cells), and optionally a bubblewrap sandbox ({@link dev.threadlab.engine.SandboxProbe}).
 *
 * <p>Background threads: each cell gets a tag; in the engine every thread inherits the tag of the thread
 * that created it, so output of threads that outlive their cell (and of threads they start) goes to that
 * cell's output, even after it ended; output of unknown origin (the common ForkJoinPool, JDK threads) goes
 * to the most recent cell. A pool thread that was idle at the end of a cell adopts the cell that gives it
 * its next task; a task queued behind a busy pool thread stays with that thread's cell. At the end of a non-silent cell, one stdout line names the threads, idle
 * executor threads and child processes it left running (see {@code dev.threadlab.agent.CellThreads} for
 * what is and is not seen).
 */
package dev.threadlab.engine;
