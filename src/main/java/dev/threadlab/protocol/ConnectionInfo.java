package dev.threadlab.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The contents of a Jupyter connection file: where to bind each channel and how to sign messages.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the key. When the key is empty, messages
 * are neither signed nor verified and {@code signatureScheme} is not checked.
 *
 * @param transport       {@code tcp} or {@code ipc}, never null
 * @param ip              the address to bind (for {@code ipc}: the socket path prefix), never null
 * @param shellPort       shell channel port, 1-65535
 * @param iopubPort       IOPub channel port, 1-65535
 * @param stdinPort       stdin channel port, 1-65535
 * @param controlPort     control channel port, 1-65535
 * @param hbPort          heartbeat port, 1-65535
 * @param key             the HMAC key, never null (empty means no signing)
 * @param signatureScheme the signing scheme; only {@value #HMAC_SHA256} is supported when the key is set
 * @param kernelName      the kernel spec's name, never null (may be empty)
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme, String kernelName) {

    /** The only signature scheme this kernel supports. */
    public static final String HMAC_SHA256 = "hmac-sha256";

    public ConnectionInfo {
        if (!"tcp".equals(transport) && !"ipc".equals(transport)) {
            throw new IllegalArgumentException("transport must be tcp or ipc, was " + transport);
        }
        Objects.requireNonNull(ip, "ip");
        checkPort("shell_port", shellPort);
        checkPort("iopub_port", iopubPort);
        checkPort("stdin_port", stdinPort);
        checkPort("control_port", controlPort);
        checkPort("hb_port", hbPort);
        Objects.requireNonNull(key, "key");
        signatureScheme = signatureScheme == null ? HMAC_SHA256 : signatureScheme;
        if (!key.isEmpty() && !HMAC_SHA256.equals(signatureScheme)) {
            throw new IllegalArgumentException("signature_scheme must be " + HMAC_SHA256 + " when a key is set, was "
                    + signatureScheme);
        }
        kernelName = kernelName == null ? "" : kernelName;
    }

    /**
     * Reads a connection file as Jupyter writes it. {@code signature_scheme} defaults to
     * {@value #HMAC_SHA256} and {@code kernel_name} to empty; every other field is required.
     *
     * @throws IllegalArgumentException if the file is missing or unreadable, is not JSON, lacks a field or
     *                                  holds an unsupported value; the message names the file and the field
     */
    public static ConnectionInfo read(Path file) {
        JsonNode root = parse(file);
        try {
            return new ConnectionInfo(text(root, "transport", true), text(root, "ip", true),
                    port(root, "shell_port"), port(root, "iopub_port"), port(root, "stdin_port"),
                    port(root, "control_port"), port(root, "hb_port"), text(root, "key", true),
                    text(root, "signature_scheme", false), text(root, "kernel_name", false));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connection file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The ZeroMQ endpoint for {@code port}, e.g. {@code tcp://127.0.0.1:5555} or {@code ipc://kernel-5555}. */
    public String endpoint(int port) {
        if ("ipc".equals(transport)) {
            return "ipc://" + ip + "-" + port;
        }
        String host = ip.contains(":") && !ip.startsWith("[") ? "[" + ip + "]" : ip;
        return "tcp://" + host + ":" + port;
    }

    /** The shell channel's endpoint. */
    public String shellEndpoint() { return endpoint(shellPort); }

    /** The IOPub channel's endpoint. */
    public String iopubEndpoint() { return endpoint(iopubPort); }

    /** The stdin channel's endpoint. */
    public String stdinEndpoint() { return endpoint(stdinPort); }

    /** The control channel's endpoint. */
    public String controlEndpoint() { return endpoint(controlPort); }

    /** The heartbeat's endpoint. */
    public String hbEndpoint() { return endpoint(hbPort); }

    /** Whether messages are signed and verified (the key is not empty). */
    public boolean signs() {
        return !key.isEmpty();
    }

    /** Everything except the key, which is a secret. */
    @Override
    public String toString() {
        return "ConnectionInfo[transport=" + transport + ", ip=" + ip + ", shellPort=" + shellPort + ", iopubPort="
                + iopubPort + ", stdinPort=" + stdinPort + ", controlPort=" + controlPort + ", hbPort=" + hbPort
                + ", key=" + (key.isEmpty() ? "<none>" : "<hidden>") + ", signatureScheme=" + signatureScheme
                + ", kernelName=" + kernelName + "]";
    }

    private static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("connection file does not exist or is not a file: " + file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("connection file " + file + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("connection file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("connection file " + file + " must hold a JSON object");
        }
        return root;
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException("field '" + field + "' is required but was missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string, was " + node);
        }
        return node.textValue();
    }

    private static int port(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is required but was missing");
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer port number, was " + node);
        }
        return node.intValue();
    }

    private static void checkPort(String field, int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(field + " must be between 1 and 65535, was " + port);
        }
    }
}
