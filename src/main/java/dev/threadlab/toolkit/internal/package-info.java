/**
 * The toolkit's side of channels only the engine's agent may use: not exported to user code.
 */
package dev.threadlab.toolkit.internal;
