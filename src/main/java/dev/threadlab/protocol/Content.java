package dev.threadlab.protocol;

/** The content of a message: every request, reply and broadcast knows its own wire name. */
public sealed interface Content permits Request, Reply, IoPub {

    /** The {@code msg_type} this content travels under. */
    String msgType();
}
