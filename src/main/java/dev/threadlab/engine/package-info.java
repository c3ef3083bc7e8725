/**
 * The Java language behind the kernel: a JShell session whose compiler lives in the kernel JVM and
 * whose user code runs in a separate engine JVM that can be stopped, killed and restarted. Implements
 * {@link dev.threadlab.kernel.Interpreter}; also cell splitting, completion, inspection, magics.
 */
package dev.threadlab.engine;
