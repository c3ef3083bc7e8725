package dev.threadlab.transport;

/** The Jupyter channels a kernel serves. Heartbeat is handled inside the transport and never seen here. */
public enum Channel {
    SHELL, CONTROL, STDIN, IOPUB
}
