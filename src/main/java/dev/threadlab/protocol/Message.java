package dev.threadlab.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Jupyter message, decoded.
 *
 * @param identities ZeroMQ routing prefix (empty for IOPub), never null
 * @param header     this message's header, never null
 * @param parent     the header of the message this one answers, or null if none
 * @param metadata   the metadata dictionary as JSON text values keyed by name; never null
 * @param content    the typed content: a {@link Request}, {@link Reply} or {@link IoPub}; never null
 * @param buffers    extra binary buffers, never null
 */
public record Message(List<byte[]> identities, Header header, Header parent, Map<String, String> metadata,
                      Content content, List<byte[]> buffers) {

    public Message {
        identities = List.copyOf(identities);
        Objects.requireNonNull(header, "header");
        metadata = Map.copyOf(metadata);
        Objects.requireNonNull(content, "content");
        buffers = List.copyOf(buffers);
    }

    /** The wire name of this message's type. */
    public String msgType() {
        return header.msgType();
    }

    /**
     * A message answering {@code parent}: same identities (so it routes back to the sender), a fresh
     * header from {@code session} (the kernel's session id) whose type is the content's wire name.
     */
    public static Message answering(Message parent, Content content, String session) {
        Header h = Header.of(content.msgType(), session, parent.header().username());
        return new Message(parent.identities(), h, parent.header(), Map.of(), content, List.of());
    }
}
