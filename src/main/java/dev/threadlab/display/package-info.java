/**
 * MIME bundles and the Display API that user code calls to show rich output.
 *
 * <p>This package runs inside the engine JVM (it is on the user's class path) and depends on nothing
 * but the JDK. The kernel turns bundles into Jupyter {@code display_data} messages.
 */
package dev.threadlab.display;
