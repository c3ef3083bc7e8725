package dev.threadlab.protocol;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A Jupyter message header.
 *
 * @param msgId    unique id of this message, never null
 * @param session  id of the sending session, never null
 * @param username name of the sending user, never null (may be empty)
 * @param date     ISO-8601 timestamp, never null (may be empty when a client omitted it)
 * @param msgType  the wire name, e.g. {@code execute_request}, never null
 * @param version  messaging protocol version, never null
 */
public record Header(String msgId, String session, String username, String date, String msgType, String version) {

    /** The protocol version this kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";

    public Header {
        Objects.requireNonNull(msgId, "msg_id");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(msgType, "msg_type");
        username = username == null ? "" : username;
        date = date == null ? "" : date;
        version = version == null ? "" : version;
    }

    /** A new header for a message this kernel sends, with a fresh id and the current time. */
    public static Header of(String msgType, String session, String username) {
        return new Header(UUID.randomUUID().toString(), session, username, Instant.now().toString(), msgType,
                PROTOCOL_VERSION);
    }
}
