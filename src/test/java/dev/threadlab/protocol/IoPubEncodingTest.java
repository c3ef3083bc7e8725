package dev.threadlab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlab.display.MimeBundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class IoPubEncodingTest {

    private final Codec codec = new Codec(Signer.of(Wire.KEY));

    private JsonNode json(Content content) {
        return Wire.contentOf(codec, content);
    }

    @Test
    void statusCarriesTheExecutionState() {
        JsonNode c = json(IoPub.Status.busy());

        assertEquals(List.of("execution_state"), Wire.fieldNames(c));
        assertEquals("busy", c.get("execution_state").textValue());
    }

    @Test
    void executeInputCarriesCodeAndCount() {
        JsonNode c = json(new IoPub.ExecuteInput("1 + 1", 4));

        assertEquals(List.of("code", "execution_count"), Wire.fieldNames(c));
        assertEquals("1 + 1", c.get("code").textValue());
        assertEquals(4, c.get("execution_count").intValue());
    }

    @Test
    void streamCarriesNameAndText() {
        JsonNode c = json(new IoPub.Stream("stderr", "oops\n"));

        assertEquals(List.of("name", "text"), Wire.fieldNames(c));
        assertEquals("stderr", c.get("name").textValue());
        assertEquals("oops\n", c.get("text").textValue());
    }

    @Test
    void displayDataCarriesDataMetadataAndTransientDisplayIdWhenGiven() {
        JsonNode c = json(new IoPub.DisplayData(MimeBundle.text("hi").with("text/html", "<b>hi</b>"), "d-1"));

        assertEquals(List.of("data", "metadata", "transient"), Wire.fieldNames(c));
        assertEquals("hi", c.get("data").get("text/plain").textValue());
        assertEquals("<b>hi</b>", c.get("data").get("text/html").textValue());
        assertTrue(c.get("metadata").isObject() && c.get("metadata").isEmpty());
        assertEquals("{\"display_id\":\"d-1\"}", c.get("transient").toString());
    }

    @Test
    void displayDataWithoutIdHasAnEmptyTransient() {
        JsonNode c = json(new IoPub.DisplayData(MimeBundle.text("hi"), null));

        assertEquals("{}", c.get("transient").toString());
    }

    @Test
    void updateDisplayDataAlwaysCarriesTheDisplayId() {
        JsonNode c = json(new IoPub.UpdateDisplayData(MimeBundle.text("2"), "d-1"));

        assertEquals(List.of("data", "metadata", "transient"), Wire.fieldNames(c));
        assertEquals("2", c.get("data").get("text/plain").textValue());
        assertEquals("d-1", c.get("transient").get("display_id").textValue());
    }

    @Test
    void executeResultCarriesCountDataAndMetadata() {
        JsonNode c = json(new IoPub.ExecuteResult(5, MimeBundle.text("42")));

        assertEquals(List.of("execution_count", "data", "metadata"), Wire.fieldNames(c));
        assertEquals(5, c.get("execution_count").intValue());
        assertEquals("42", c.get("data").get("text/plain").textValue());
    }

    @Test
    void errorCarriesEnameEvalueAndTraceback() {
        JsonNode c = json(new IoPub.Error("NullPointerException", "x is null", List.of("at line 3")));

        assertEquals(List.of("ename", "evalue", "traceback"), Wire.fieldNames(c));
        assertEquals("NullPointerException", c.get("ename").textValue());
        assertEquals("x is null", c.get("evalue").textValue());
        assertEquals("[\"at line 3\"]", c.get("traceback").toString());
    }

    @Test
    void anErrorWithoutTracebackLinesIsSentWithItsMessageAsTheTraceback() {
        JsonNode c = json(new IoPub.Error("UsageError", "%timeit needs a statement\nfor example", List.of()));
        assertEquals("[\"UsageError: %timeit needs a statement\",\"for example\"]", c.get("traceback").toString());
        assertEquals(List.of("Interrupted"), new IoPub.Error("Interrupted", "", List.of()).traceback());
        assertEquals(List.of("BadRequest: no code"), new Reply.Failure("BadRequest", "no code", List.of()).traceback());
    }

    @Test
    void clearOutputCarriesWait() {
        JsonNode c = json(new IoPub.ClearOutput(true));

        assertEquals(List.of("wait"), Wire.fieldNames(c));
        assertTrue(c.get("wait").booleanValue());
    }

    @Test
    void commCloseCarriesTheIdAndEmptyData() {
        JsonNode c = json(new IoPub.CommClose("c-9"));

        assertEquals(List.of("comm_id", "data"), Wire.fieldNames(c));
        assertEquals("c-9", c.get("comm_id").textValue());
        assertEquals("{}", c.get("data").toString());
    }

    @Test
    void inputRequestCarriesPromptAndPassword() {
        JsonNode c = json(new IoPub.InputRequest("Name: ", false));

        assertEquals(List.of("prompt", "password"), Wire.fieldNames(c));
        assertEquals("Name: ", c.get("prompt").textValue());
        assertFalse(c.get("password").booleanValue());
    }

    @Test
    void jsonMimeTypesAreEmbeddedAsJsonAndOthersAsStrings() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("application/json", "{\"a\":[1,2]}");
        data.put("application/vnd.vegalite.v5+json", "{\"mark\":\"bar\"}");
        data.put("text/plain", "{\"a\":[1,2]}");
        JsonNode c = json(new IoPub.DisplayData(new MimeBundle(data, Map.of("image/png", "{\"width\":10}")), null));

        JsonNode d = c.get("data");
        assertTrue(d.get("application/json").isObject());
        assertEquals(2, d.get("application/json").get("a").get(1).intValue());
        assertEquals("bar", d.get("application/vnd.vegalite.v5+json").get("mark").textValue());
        assertTrue(d.get("text/plain").isTextual());
        assertEquals("{\"a\":[1,2]}", d.get("text/plain").textValue());
        assertEquals(10, c.get("metadata").get("image/png").get("width").intValue());
    }

    @Test
    void aCheckResultTravelsAsAJsonObjectAsNbformatRequires() {
        String check = "{\"id\":\"l01-x\",\"points\":1,\"max\":3,\"passed\":false,\"checks\":["
                + "{\"name\":\"a\",\"points\":1,\"max\":1,\"status\":\"passed\",\"message\":\"\"},"
                + "{\"name\":\"b\",\"points\":0,\"max\":2,\"status\":\"timed_out\",\"message\":\"Stuck\"}]}";
        MimeBundle bundle = MimeBundle.text("✗ l01-x").with("application/vnd.threadlab.check+json", check);

        JsonNode data = json(new IoPub.DisplayData(bundle, "id-1")).get("data");

        JsonNode result = data.get("application/vnd.threadlab.check+json");
        assertTrue(result.isObject(), result.toString());
        assertFalse(result.get("passed").booleanValue());
        assertEquals(3, result.get("max").intValue());
        assertEquals("timed_out", result.get("checks").get(1).get("status").textValue());
        assertTrue(data.get("text/plain").isTextual());
    }

    @Test
    void aJsonMimeValueThatIsNotJsonIsAnApiMisuse() {
        IoPub.DisplayData display = new IoPub.DisplayData(
                new MimeBundle(Map.of("application/json", "{oops"), Map.of()), null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json(display));
        assertEquals("data for application/json must be JSON text, was: {oops", e.getMessage());
    }

    @Test
    void textIsEscapedNotEmbedded() {
        JsonNode c = json(new IoPub.Stream("stdout", "\"quoted\"\n\ttab \u00e9 \u2603"));

        assertEquals("\"quoted\"\n\ttab \u00e9 \u2603", c.get("text").textValue());
    }
}
