/**
 * The ZeroMQ side of the kernel: one socket per Jupyter channel, each owned by one thread, plus the
 * heartbeat echo. Only this package imports {@code org.zeromq}.
 */
package dev.threadlab.transport;
