package dev.threadlab.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class CodecFramesTest {

    private final Codec codec = new Codec(Signer.of(Wire.KEY));

    private String reasonFor(List<byte[]> frames) {
        return assertThrows(Codec.Rejected.class, () -> codec.decode(frames)).reason();
    }

    @Test
    void decodesIdentitiesHeaderParentMetadataAndBuffers() throws Exception {
        List<byte[]> frames = Wire.frames(Signer.of(Wire.KEY), Wire.header("kernel_info_request"),
                Wire.header("execute_request").replace("m-1", "p-9"), "{\"tag\":{\"a\":[1,2]}}", "{}");
        frames.add(0, "router-prefix".getBytes(UTF_8));
        frames.add(new byte[] {1, 2, 3});

        Message message = codec.decode(frames);

        assertEquals(2, message.identities().size());
        assertArrayEquals("router-prefix".getBytes(UTF_8), message.identities().get(0));
        assertEquals(new Header("m-1", "s-1", "ada", "2026-11-21T08:00:00Z", "kernel_info_request", "5.3"),
                message.header());
        assertEquals("p-9", message.parent().msgId());
        assertEquals(Map.of("tag", "{\"a\":[1,2]}"), message.metadata());
        assertEquals(new Request.KernelInfo(), message.content());
        assertEquals(1, message.buffers().size());
        assertArrayEquals(new byte[] {1, 2, 3}, message.buffers().get(0));
    }

    @Test
    void anEmptyParentHeaderDecodesToNull() throws Exception {
        assertNull(codec.decode(Wire.request("kernel_info_request", "{}")).parent());
    }

    @Test
    void headerFieldsAClientOmittedBecomeEmpty() throws Exception {
        Message message = codec.decode(Wire.frames(Signer.of(Wire.KEY),
                "{\"msg_id\":\"m\",\"session\":\"s\",\"msg_type\":\"kernel_info_request\"}", "{}", "{}", "{}"));

        assertEquals(new Header("m", "s", "", "", "kernel_info_request", ""), message.header());
    }

    @Test
    void aTamperedFrameIsRejected() {
        List<byte[]> frames = Wire.request("execute_request", "{\"code\":\"1\"}");
        frames.set(frames.size() - 1, "{\"code\":\"System.exit(0)\"}".getBytes(UTF_8));

        assertEquals("signature does not match", reasonFor(frames));
    }

    @Test
    void aMissingSignatureIsRejected() {
        List<byte[]> frames = Wire.frames(Signer.of(""), Wire.header("kernel_info_request"), "{}", "{}", "{}");

        assertEquals("missing signature", reasonFor(frames));
    }

    @Test
    void aSignatureWithAnotherKeyIsRejected() {
        List<byte[]> frames = Wire.frames(Signer.of("wrong"), Wire.header("kernel_info_request"), "{}", "{}", "{}");

        assertEquals("signature does not match", reasonFor(frames));
    }

    @Test
    void withAnEmptyKeyUnsignedMessagesAreAccepted() throws Exception {
        Codec unsigned = new Codec(Signer.of(""));
        List<byte[]> frames = Wire.frames(Signer.of(""), Wire.header("kernel_info_request"), "{}", "{}", "{}");

        assertEquals(new Request.KernelInfo(), unsigned.decode(frames).content());
        assertEquals("", new String(unsigned.encode(Wire.message(new Reply.Interrupt(Reply.Status.OK))).get(2),
                UTF_8));
    }

    @Test
    void framesWithoutTheDelimiterAreRejected() {
        List<byte[]> frames = Wire.request("kernel_info_request", "{}");
        frames.remove(1);

        assertEquals("no <IDS|MSG> delimiter among 6 frames", reasonFor(frames));
    }

    @Test
    void tooFewFramesAreRejected() {
        List<byte[]> frames = Wire.request("kernel_info_request", "{}");
        frames.remove(frames.size() - 1);

        assertEquals("expected at least 5 frames after <IDS|MSG>, got 4", reasonFor(frames));
    }

    @Test
    void aHeaderThatIsNotJsonIsRejected() {
        String reason = reasonFor(Wire.frames(Signer.of(Wire.KEY), "{\"msg_id\":", "{}", "{}", "{}"));

        assertTrue(reason.startsWith("header is not valid JSON"), reason);
    }

    @Test
    void aHeaderWithoutMsgIdMsgTypeOrSessionIsRejectedNamingTheField() {
        for (String field : List.of("msg_id", "msg_type", "session")) {
            String header = Wire.header("kernel_info_request").replace("\"" + field + "\"", "\"x_" + field + "\"");

            String reason = reasonFor(Wire.frames(Signer.of(Wire.KEY), header, "{}", "{}", "{}"));

            assertEquals("header field '" + field + "' must be a string, was missing", reason);
        }
    }

    @Test
    void metadataThatIsNotAnObjectIsRejected() {
        String reason = reasonFor(Wire.frames(Signer.of(Wire.KEY), Wire.header("kernel_info_request"), "{}", "[1]",
                "{}"));

        assertEquals("metadata must be a JSON object", reason);
    }

    @Test
    void encodedFramesAreSignedAndDecodeBackToTheSameMessage() throws Exception {
        Message sent = new Message(List.of("id".getBytes(UTF_8)), Header.of("execute_request", "s", "u"), null,
                Map.of("cell", "{\"tags\":[\"x\"]}"), Request.Execute.of("1 + 1"), List.of(new byte[] {9}));

        List<byte[]> frames = codec.encode(sent);
        Message received = codec.decode(frames);

        assertEquals(Wire.KEY.isEmpty() ? "" : Signer.of(Wire.KEY).sign(frames.get(3), frames.get(4),
                frames.get(5), frames.get(6)), new String(frames.get(2), UTF_8));
        assertEquals(sent.header(), received.header());
        assertNull(received.parent());
        assertEquals(sent.metadata(), received.metadata());
        assertEquals(sent.content(), received.content());
        assertArrayEquals(new byte[] {9}, received.buffers().get(0));
    }

    @Test
    void encodedHeadersCarryTheSixSpecFieldsAndAnEmptyParentIsAnEmptyObject() {
        Message message = new Message(List.of(), Header.of("status", "s", "u"), null, Map.of(), IoPub.Status.idle(),
                List.of());

        List<byte[]> frames = codec.encode(message);

        assertArrayEquals(Codec.DELIMITER, frames.get(0));
        JsonNode header = Wire.frame(frames, 1);
        assertEquals(List.of("msg_id", "session", "username", "date", "msg_type", "version"),
                Wire.fieldNames(header));
        assertEquals("status", header.get("msg_type").textValue());
        assertEquals(Header.PROTOCOL_VERSION, header.get("version").textValue());
        assertEquals("{}", new String(frames.get(3), UTF_8));
    }

    @Test
    void messageMetadataIsEmbeddedAsJson() {
        Message message = new Message(List.of(), Header.of("status", "s", "u"), null,
                Map.of("started", "\"2026-11-21\"", "deps", "{\"a\":1}"), IoPub.Status.idle(), List.of());

        JsonNode metadata = Wire.frame(codec.encode(message), 3);

        assertEquals("2026-11-21", metadata.get("started").textValue());
        assertEquals(1, metadata.get("deps").get("a").intValue());
    }

    @Test
    void metadataThatIsNotJsonTextIsAnApiMisuse() {
        Message message = new Message(List.of(), Header.of("status", "s", "u"), null, Map.of("k", "not json"),
                IoPub.Status.idle(), List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encode(message));
        assertEquals("metadata for k must be JSON text, was: not json", e.getMessage());
    }

    @Test
    void unknownAndMalformedRequestsCannotBeSent() {
        assertThrows(IllegalArgumentException.class, () -> codec.encode(Wire.message(new Request.Unknown("x"))));
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(Wire.message(new Request.Malformed("x", "y"))));
    }

    @Test
    void randomFramesAreRejectedOrDecodedButNeverThrowAnythingElse() {
        Random random = new Random(42);
        Codec unsigned = new Codec(Signer.of(""));
        for (int round = 0; round < 2_000; round++) {
            List<byte[]> frames = new ArrayList<>(Wire.frames(Signer.of(""), Wire.header("execute_request"), "{}",
                    "{}", "{\"code\":\"1\"}"));
            int index = random.nextInt(frames.size());
            byte[] frame = frames.get(index).clone();
            if (frame.length > 0) {
                frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
            }
            frames.set(index, frame);
            try {
                assertTrue(unsigned.decode(frames).content() instanceof Request);
            } catch (Codec.Rejected expected) {
                assertTrue(!expected.reason().isBlank());
            }
        }
    }
}
