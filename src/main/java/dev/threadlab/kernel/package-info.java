/**
 * Request dispatch, as ipykernel behaves: busy/idle around every request, execution counts, stop on
 * error, history, comms, interrupt and shutdown.
 *
 * <p>The kernel knows no language: it drives an {@link dev.threadlab.interpreter.Interpreter} and talks to
 * clients through a {@link dev.threadlab.transport.Transport}. Tests drive it with fakes of both.
 */
package dev.threadlab.kernel;
