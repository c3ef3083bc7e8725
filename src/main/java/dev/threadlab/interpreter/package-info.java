/**
 * The interpreter SPI: what a language behind the kernel implements ({@link
 * dev.threadlab.interpreter.Interpreter}), what it is given (a {@link dev.threadlab.interpreter.Cell} to run and
 * an {@link dev.threadlab.interpreter.Output} for what the cell produces) and what it answers (immutable
 * records and sealed outcomes: {@link dev.threadlab.interpreter.ExecuteOutcome}, {@link
 * dev.threadlab.interpreter.Completion}, {@link dev.threadlab.interpreter.Inspection}, {@link
 * dev.threadlab.interpreter.Completeness}, {@link dev.threadlab.interpreter.LanguageInfo}, ...). A failure, wherever
 * it is shown, is one {@link dev.threadlab.interpreter.Failure} (ename, evalue, a traceback with at least one line).
 *
 * <p>Users: {@code kernel} drives an interpreter for Jupyter clients, {@code repl} for the terminal app,
 * {@code lessons} for headless notebook runs; {@code engine} implements it for Java. Decorators extend
 * {@link dev.threadlab.interpreter.ForwardingInterpreter} and {@link dev.threadlab.interpreter.ForwardingOutput}
 * and override only what they change.
 *
 * <p>Depends only on the JDK and {@link dev.threadlab.display} (bundles): no wire format, no JShell, so a
 * front end or a test can use it without either. As in {@code jdk.jshell}, a failure in user code is data (an
 * outcome), misuse of the contract is an exception.
 */
package dev.threadlab.interpreter;
