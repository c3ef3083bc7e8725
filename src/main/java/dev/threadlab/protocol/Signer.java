package dev.threadlab.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies Jupyter messages with HMAC-SHA256 over the header, parent header, metadata and
 * content frames, in that order, as raw bytes; the signature is lowercase hex.
 *
 * <p>With an empty key nothing is signed ({@link #sign} returns {@code ""}) and everything verifies.
 * Thread-safe: each thread uses its own {@link Mac}, because {@code Mac} itself is not.
 */
public final class Signer {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    private Signer(SecretKeySpec key) {
        this.key = key;
        this.macs = key == null ? null : ThreadLocal.withInitial(this::newMac);
    }

    /** A signer for {@code key} (UTF-8 bytes of the connection file's key); empty means no signing. */
    public static Signer of(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            return new Signer(null);
        }
        Signer signer = new Signer(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        signer.newMac(); // fail now, not on the first message, if the JDK lacks HmacSHA256
        return signer;
    }

    /** Whether this signer signs and verifies (its key is not empty). */
    public boolean signs() {
        return key != null;
    }

    /** The lowercase hex signature of the four frames, or {@code ""} when not signing. */
    public String sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (key == null) {
            return "";
        }
        return HexFormat.of().formatHex(digest(header, parentHeader, metadata, content));
    }

    /**
     * Whether {@code signature} (the raw signature frame) matches the four frames, compared in constant
     * time. Always true when not signing.
     */
    public boolean verify(byte[] signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (key == null) {
            return true;
        }
        byte[] expected = HexFormat.of().formatHex(digest(header, parentHeader, metadata, content))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature);
    }

    private byte[] digest(byte[]... frames) {
        Mac mac = macs.get();
        for (byte[] frame : frames) {
            mac.update(frame);
        }
        return mac.doFinal(); // also resets the Mac for the next call on this thread
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "Signer[" + (key == null ? "no signing" : "hmac-sha256") + "]";
    }
}
