/**
 * The Jupyter wire format: connection files, message records, the HMAC signer
 * and the JSON codec.
 *
 * <p>Everything a client can send or receive is an immutable record here:
 * {@link dev.threadlab.protocol.Request} (shell, control and stdin requests),
 * {@link dev.threadlab.protocol.Reply} (their answers) and
 * {@link dev.threadlab.protocol.IoPub} (broadcasts). JSON trees never leave this
 * package. Nothing here knows about Java execution or sockets.
 */
package dev.threadlab.protocol;
