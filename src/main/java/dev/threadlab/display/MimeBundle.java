package dev.threadlab.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Representations of one value keyed by MIME type, e.g. {@code text/plain} and {@code text/html}.
 *
 * <p>Values are text. For JSON MIME types ({@code application/json} and any type ending in
 * {@code +json}) the text is a JSON document and goes on the wire as JSON, not as a string.
 * {@code metadata} maps a MIME type to the JSON text of its metadata object. Immutable; keeps the
 * insertion order.
 *
 * @param data     representations by MIME type, never null
 * @param metadata per-type metadata as JSON text, never null
 */
public record MimeBundle(Map<String, String> data, Map<String, String> metadata) {

    /** The MIME type every bundle shown to a user should carry. */
    public static final String TEXT_PLAIN = "text/plain";

    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
        data.forEach((type, value) -> {
            Objects.requireNonNull(type, "MIME type");
            Objects.requireNonNull(value, () -> "value for " + type);
        });
    }

    /** A bundle with only {@code text/plain}. */
    public static MimeBundle text(String plain) {
        return new MimeBundle(Map.of(TEXT_PLAIN, plain), Map.of());
    }

    /** An empty bundle (e.g. an inspection that found nothing). */
    public static MimeBundle empty() {
        return new MimeBundle(Map.of(), Map.of());
    }

    /** A copy with one more representation (replacing any of the same type). */
    public MimeBundle with(String mimeType, String value) {
        Map<String, String> copy = new LinkedHashMap<>(data);
        copy.put(mimeType, value);
        return new MimeBundle(copy, metadata);
    }

    /** Whether the value for {@code mimeType} is JSON to embed as such on the wire. */
    public static boolean isJson(String mimeType) {
        return mimeType.equals("application/json") || mimeType.endsWith("+json");
    }
}
