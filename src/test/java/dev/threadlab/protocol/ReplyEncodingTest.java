package dev.threadlab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ReplyEncodingTest {

    private static final Reply.Failure FAILURE =
            new Reply.Failure("ArithmeticException", "/ by zero", List.of("line 1", "line 2"));

    private final Codec codec = new Codec(Signer.of(Wire.KEY));

    private JsonNode json(Content content) {
        return Wire.contentOf(codec, content);
    }

    private static void assertFailure(JsonNode content) {
        assertEquals("ArithmeticException", content.get("ename").textValue());
        assertEquals("/ by zero", content.get("evalue").textValue());
        assertEquals(List.of("line 1", "line 2"),
                List.of(content.get("traceback").get(0).textValue(), content.get("traceback").get(1).textValue()));
    }

    @Test
    void statusesAreSpelledAsTheSpecSpellsThem() {
        assertEquals("ok", json(new Reply.Interrupt(Reply.Status.OK)).get("status").textValue());
        assertEquals("aborted", json(new Reply.Bare("execute_reply", Reply.Status.ABORTED, null))
                .get("status").textValue());
    }

    @Test
    void executeReplyOkCarriesCountUserExpressionsAndAnEmptyPayload() {
        MimeBundle value = new MimeBundle(Map.of("text/plain", "2", "application/json", "{\"n\":2}"),
                Map.of("text/plain", "{\"isolated\":true}"));
        JsonNode c = json(new Reply.Execute(Reply.Status.OK, 7, Map.of(
                "ok", new Reply.ExpressionResult(value, null),
                "bad", new Reply.ExpressionResult(null, FAILURE)), List.of(), null));

        assertEquals(List.of("status", "execution_count", "user_expressions", "payload"), Wire.fieldNames(c));
        assertEquals("ok", c.get("status").textValue());
        assertEquals(7, c.get("execution_count").intValue());
        assertTrue(c.get("payload").isArray() && c.get("payload").isEmpty());
        JsonNode ok = c.get("user_expressions").get("ok");
        assertEquals(List.of("status", "data", "metadata"), Wire.fieldNames(ok));
        assertEquals("ok", ok.get("status").textValue());
        assertEquals("2", ok.get("data").get("text/plain").textValue());
        assertEquals(2, ok.get("data").get("application/json").get("n").intValue());
        assertTrue(ok.get("metadata").get("text/plain").get("isolated").booleanValue());
        JsonNode bad = c.get("user_expressions").get("bad");
        assertEquals(List.of("status", "ename", "evalue", "traceback"), Wire.fieldNames(bad));
        assertEquals("error", bad.get("status").textValue());
        assertFailure(bad);
    }

    @Test
    void executeReplyPagesBecomePagerPayloads() {
        JsonNode c = json(new Reply.Execute(Reply.Status.OK, 2, Map.of(), List.of(MimeBundle.text("docs")), null));

        JsonNode page = c.get("payload").get(0);
        assertEquals("page", page.get("source").textValue());
        assertEquals("docs", page.get("data").get("text/plain").textValue());
        assertEquals(0, page.get("start").intValue());
        assertEquals(1, c.get("payload").size());
    }

    @Test
    void executeReplyCanAskTheFrontEndToCloseAsIpykernelDoesForExit() {
        JsonNode c = json(new Reply.Execute(Reply.Status.OK, 4, Map.of(), List.of(), null, true));

        assertEquals("[{\"source\":\"ask_exit\",\"keepkernel\":false}]", c.get("payload").toString());
    }

    @Test
    void executeReplyErrorCarriesTheFailureAndNoPayload() {
        JsonNode c = json(new Reply.Execute(Reply.Status.ERROR, 3, Map.of(), List.of(), FAILURE));

        assertEquals(List.of("status", "execution_count", "user_expressions", "ename", "evalue", "traceback"),
                Wire.fieldNames(c));
        assertEquals("error", c.get("status").textValue());
        assertEquals(3, c.get("execution_count").intValue());
        assertFailure(c);
    }

    @Test
    void completeReplyCarriesMatchesCursorsAndEmptyMetadata() {
        JsonNode c = json(new Reply.Complete(Reply.Status.OK, List.of("String", "StringBuilder"), 0, 3));

        assertEquals(List.of("status", "matches", "cursor_start", "cursor_end", "metadata"), Wire.fieldNames(c));
        assertEquals("StringBuilder", c.get("matches").get(1).textValue());
        assertEquals(2, c.get("matches").size());
        assertEquals(0, c.get("cursor_start").intValue());
        assertEquals(3, c.get("cursor_end").intValue());
        assertTrue(c.get("metadata").isObject() && c.get("metadata").isEmpty());
    }

    @Test
    void inspectReplyCarriesFoundDataAndMetadata() {
        JsonNode c = json(new Reply.Inspect(Reply.Status.OK, true, MimeBundle.text("String.valueOf(int)")));

        assertEquals(List.of("status", "found", "data", "metadata"), Wire.fieldNames(c));
        assertTrue(c.get("found").booleanValue());
        assertEquals("String.valueOf(int)", c.get("data").get("text/plain").textValue());
        assertTrue(c.get("metadata").isEmpty());
    }

    @Test
    void isCompleteReplySendsCompletenessAsStatusAndIndentOnlyWhenIncomplete() {
        JsonNode incomplete = json(new Reply.IsComplete(Reply.Status.OK, "incomplete", "    "));
        assertEquals(List.of("status", "indent"), Wire.fieldNames(incomplete));
        assertEquals("incomplete", incomplete.get("status").textValue());
        assertEquals("    ", incomplete.get("indent").textValue());

        JsonNode complete = json(new Reply.IsComplete(Reply.Status.OK, "complete", "    "));
        assertEquals(List.of("status"), Wire.fieldNames(complete));
        assertEquals("complete", complete.get("status").textValue());

        assertEquals("invalid", json(new Reply.IsComplete(Reply.Status.OK, "invalid", null)).get("status")
                .textValue());
    }

    @Test
    void isCompleteRefusesAnUnknownCompleteness() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Reply.IsComplete(Reply.Status.OK, "ok", null));
        assertEquals("completeness must be complete, incomplete, invalid or unknown, was ok", e.getMessage());
    }

    @Test
    void historyEntriesAreArraysWithInputOrInputAndOutput() {
        JsonNode c = json(new Reply.History(Reply.Status.OK, List.of(
                new Reply.HistoryEntry(1, 2, "int x = 1;", null),
                new Reply.HistoryEntry(1, 3, "x + 1", "2"))));

        assertEquals(List.of("status", "history"), Wire.fieldNames(c));
        assertEquals("[1,2,\"int x = 1;\"]", c.get("history").get(0).toString());
        assertEquals("[1,3,[\"x + 1\",\"2\"]]", c.get("history").get(1).toString());
    }

    @Test
    void kernelInfoReplyCarriesLanguageInfoHelpLinksAndNoDebugger() {
        JsonNode c = json(new Reply.KernelInfo(Reply.Status.OK, "5.3", "threadlab", "0.1.0",
                new Reply.LanguageInfo("java", "21", "text/x-java-source", ".java", "java", "text/x-java"),
                "Threadlab", List.of(new Reply.HelpLink("Java API", "https://docs.oracle.com/")), false));

        assertEquals(List.of("status", "protocol_version", "implementation", "implementation_version",
                "language_info", "banner", "help_links", "debugger"), Wire.fieldNames(c));
        assertEquals("5.3", c.get("protocol_version").textValue());
        assertEquals("threadlab", c.get("implementation").textValue());
        assertEquals("0.1.0", c.get("implementation_version").textValue());
        JsonNode language = c.get("language_info");
        assertEquals(List.of("name", "version", "mimetype", "file_extension", "pygments_lexer", "codemirror_mode"),
                Wire.fieldNames(language));
        assertEquals("java", language.get("name").textValue());
        assertEquals("21", language.get("version").textValue());
        assertEquals("text/x-java-source", language.get("mimetype").textValue());
        assertEquals(".java", language.get("file_extension").textValue());
        assertEquals("java", language.get("pygments_lexer").textValue());
        assertEquals("text/x-java", language.get("codemirror_mode").textValue());
        assertEquals("Threadlab", c.get("banner").textValue());
        assertEquals("Java API", c.get("help_links").get(0).get("text").textValue());
        assertEquals("https://docs.oracle.com/", c.get("help_links").get(0).get("url").textValue());
        assertFalse(c.get("debugger").booleanValue());
        assertTrue(c.get("debugger").isBoolean());
    }

    @Test
    void commInfoReplyMapsIdsToTargetNames() {
        JsonNode c = json(new Reply.CommInfo(Reply.Status.OK, Map.of("c-1", "jupyter.widget")));

        assertEquals(List.of("status", "comms"), Wire.fieldNames(c));
        assertEquals("{\"c-1\":{\"target_name\":\"jupyter.widget\"}}", c.get("comms").toString());
        assertEquals("{}", json(new Reply.CommInfo(Reply.Status.OK, Map.of())).get("comms").toString());
    }

    @Test
    void shutdownReplyCarriesRestart() {
        JsonNode c = json(new Reply.Shutdown(Reply.Status.OK, true));

        assertEquals(List.of("status", "restart"), Wire.fieldNames(c));
        assertTrue(c.get("restart").booleanValue());
    }

    @Test
    void interruptReplyIsStatusOnly() {
        assertEquals(List.of("status"), Wire.fieldNames(json(new Reply.Interrupt(Reply.Status.OK))));
    }

    @Test
    void bareErrorReplyCarriesTheFailureUnderTheGivenType() {
        Message message = Wire.message(new Reply.Bare("complete_reply", Reply.Status.ERROR, FAILURE));
        var frames = codec.encode(message);

        assertEquals("complete_reply", Wire.frame(frames, 1).get("msg_type").textValue());
        JsonNode c = Wire.frame(frames, 4);
        assertEquals(List.of("status", "ename", "evalue", "traceback"), Wire.fieldNames(c));
        assertEquals("error", c.get("status").textValue());
        assertFailure(c);
    }

    @Test
    void bareAbortedReplyIsStatusOnly() {
        assertEquals(List.of("status"),
                Wire.fieldNames(json(new Reply.Bare("execute_reply", Reply.Status.ABORTED, null))));
    }

    @Test
    void repliesNameTheirRequestAsParent() {
        var frames = codec.encode(Wire.message(new Reply.Interrupt(Reply.Status.OK)));

        assertEquals("p-1", Wire.frame(frames, 2).get("msg_id").textValue());
        assertEquals("interrupt_reply", Wire.frame(frames, 1).get("msg_type").textValue());
    }
}
