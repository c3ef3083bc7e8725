package dev.threadlab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConnectionInfoTest {

    private static final String FULL = """
            {"shell_port": 5555, "iopub_port": 5556, "stdin_port": 5557, "control_port": 5558, "hb_port": 5559,
             "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84", "transport": "tcp",
             "signature_scheme": "hmac-sha256", "kernel_name": "threadlab"}
            """;

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("kernel.json"), json);
    }

    @Test
    void readsEveryFieldOfAJupyterConnectionFile() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write(FULL));

        assertEquals(new ConnectionInfo("tcp", "127.0.0.1", 5555, 5556, 5557, 5558, 5559,
                "a0436f6c-1916-498b-8eb9-e81ab9368e84", "hmac-sha256", "threadlab"), info);
        assertTrue(info.signs());
    }

    @Test
    void endpointsJoinTransportAddressAndPort() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write(FULL));

        assertEquals("tcp://127.0.0.1:5555", info.shellEndpoint());
        assertEquals("tcp://127.0.0.1:5556", info.iopubEndpoint());
        assertEquals("tcp://127.0.0.1:5557", info.stdinEndpoint());
        assertEquals("tcp://127.0.0.1:5558", info.controlEndpoint());
        assertEquals("tcp://127.0.0.1:5559", info.hbEndpoint());
    }

    @Test
    void ipcEndpointsAppendThePortToThePathAsJupyterDoes() {
        ConnectionInfo info = new ConnectionInfo("ipc", "/tmp/kernel-ipc", 1, 2, 3, 4, 5, "", null, null);

        assertEquals("ipc:///tmp/kernel-ipc-1", info.shellEndpoint());
    }

    @Test
    void ipv6AddressesAreBracketed() {
        ConnectionInfo info = new ConnectionInfo("tcp", "::1", 1, 2, 3, 4, 5, "", null, null);

        assertEquals("tcp://[::1]:5", info.hbEndpoint());
    }

    @Test
    void signatureSchemeAndKernelNameHaveDefaults() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write(FULL
                .replace("\"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"threadlab\"", "\"x\": 0")));

        assertEquals("hmac-sha256", info.signatureScheme());
        assertEquals("", info.kernelName());
    }

    @Test
    void aMissingFileIsReportedWithItsPath() {
        Path missing = dir.resolve("nope.json");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(missing));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("nope.json"), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Path file = write(FULL.replace("\"hb_port\": 5559,", ""));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file));
        assertTrue(e.getMessage().contains("'hb_port' is required"), e.getMessage());
    }

    @Test
    void invalidJsonIsReported() throws IOException {
        Path file = write("{\"shell_port\": ");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void aPortThatIsNotANumberIsReportedWithItsValue() throws IOException {
        Path file = write(FULL.replace("5557", "\"abc\""));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file));
        assertTrue(e.getMessage().contains("'stdin_port' must be an integer port number, was \"abc\""),
                e.getMessage());
    }

    @Test
    void anUnsupportedSignatureSchemeIsRefusedWhenAKeyIsSet() throws IOException {
        Path file = write(FULL.replace("hmac-sha256", "hmac-md5"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file));
        assertTrue(e.getMessage().contains("signature_scheme must be hmac-sha256 when a key is set, was hmac-md5"),
                e.getMessage());
    }

    @Test
    void anEmptyKeyMeansNoSigningWhateverTheScheme() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write(FULL
                .replace("a0436f6c-1916-498b-8eb9-e81ab9368e84", "").replace("hmac-sha256", "hmac-md5")));

        assertFalse(info.signs());
    }

    @Test
    void anUnknownTransportIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConnectionInfo("udp", "127.0.0.1", 1, 2, 3, 4, 5, "", null, null));
        assertEquals("transport must be tcp or ipc, was udp", e.getMessage());
    }

    @Test
    void portsOutOfRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConnectionInfo("tcp", "127.0.0.1", 1, 70_000, 3, 4, 5, "", null, null));
        assertEquals("iopub_port must be between 1 and 65535, was 70000", e.getMessage());
    }

    @Test
    void toStringDoesNotRevealTheKey() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write(FULL));

        assertFalse(info.toString().contains("a0436f6c"), info.toString());
    }
}
