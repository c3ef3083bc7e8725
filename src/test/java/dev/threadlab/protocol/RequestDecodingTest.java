package dev.threadlab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class RequestDecodingTest {

    private final Codec codec = new Codec(Signer.of(Wire.KEY));

    private Request decode(String msgType, String content) {
        try {
            return (Request) codec.decode(Wire.request(msgType, content)).content();
        } catch (Codec.Rejected e) {
            throw new AssertionError("unexpected reject: " + e.reason(), e);
        }
    }

    private String malformedReason(String msgType, String content) {
        Request.Malformed malformed = assertInstanceOf(Request.Malformed.class, decode(msgType, content));
        assertEquals(msgType, malformed.msgType());
        return malformed.reason();
    }

    static Stream<Request> everyRequestType() {
        return Stream.of(
                new Request.Execute("int x = 1;", true, false, Map.of("x", "x + 1"), true, false),
                new Request.Complete("Str", 3),
                new Request.Inspect("String.valueOf", 9, 1),
                new Request.IsComplete("for (;;) {"),
                new Request.History(true, false, "search", 2, 1, 9, 20, "print*", true),
                new Request.KernelInfo(),
                new Request.CommInfo("jupyter.widget"),
                new Request.CommInfo(null),
                new Request.CommOpen("c-1", "jupyter.widget", "{\"state\":{\"value\":3}}"),
                new Request.CommMsg("c-1", "{\"method\":\"update\"}"),
                new Request.CommClose("c-1", "{}"),
                new Request.Shutdown(true),
                new Request.Interrupt(),
                new Request.InputReply("42"));
    }

    @Test
    void theWarmUpDecodesOneWellFormedRequestOfEachTypeAFrontEndSendsExecuteFirst() {
        List<Content> decoded = codec.warmUp();

        assertEquals(List.of(Request.Execute.class, Request.KernelInfo.class, Request.IsComplete.class,
                Request.Complete.class, Request.Inspect.class, Request.CommInfo.class, Request.History.class),
                decoded.stream().map(Object::getClass).toList(), "a warm-up request that decodes as Malformed "
                        + "readies nothing for the real one");
        assertEquals("1 + 1", ((Request.Execute) decoded.get(0)).code());
    }

    @ParameterizedTest
    @MethodSource("everyRequestType")
    void everyRequestTypeSurvivesEncodingAndDecoding(Request request) throws Exception {
        Message sent = new Message(List.of(), Header.of(request.msgType(), "s", "u"), null, Map.of(), request,
                List.of());

        assertEquals(request, codec.decode(codec.encode(sent)).content());
    }

    @Test
    void encodedRequestsUseSnakeCaseFieldsAndCarryNoMsgType() {
        var content = Wire.contentOf(codec, new Request.Execute("1", false, true, Map.of(), true, true));

        assertEquals(List.of("code", "silent", "store_history", "user_expressions", "allow_stdin", "stop_on_error"),
                Wire.fieldNames(content));
    }

    @Test
    void executeDefaultsFollowTheSpec() {
        assertEquals(new Request.Execute("1", false, true, Map.of(), true, true),
                decode("execute_request", "{\"code\":\"1\"}"));
    }

    @Test
    void silentExecutionIsNotStoredInHistoryUnlessAsked() {
        assertEquals(new Request.Execute("1", true, false, Map.of(), true, true),
                decode("execute_request", "{\"code\":\"1\",\"silent\":true}"));
        assertEquals(new Request.Execute("1", true, true, Map.of(), true, true),
                decode("execute_request", "{\"code\":\"1\",\"silent\":true,\"store_history\":true}"));
    }

    @Test
    void explicitNullsCountAsAbsentForOptionalFields() {
        assertEquals(new Request.Execute("1", false, true, Map.of(), true, true),
                decode("execute_request", "{\"code\":\"1\",\"silent\":null,\"user_expressions\":null}"));
    }

    @Test
    void historyDefaultsFollowTheSpec() {
        assertEquals(new Request.History(false, true, "tail", 0, 0, 0, 0, "*", false),
                decode("history_request", "{\"hist_access_type\":\"tail\"}"));
    }

    @Test
    void inspectDetailLevelDefaultsToZero() {
        assertEquals(new Request.Inspect("x", 1, 0), decode("inspect_request", "{\"code\":\"x\",\"cursor_pos\":1}"));
    }

    @Test
    void commDataBecomesJsonTextAndDefaultsToAnEmptyObject() {
        Request.CommOpen open = assertInstanceOf(Request.CommOpen.class, decode("comm_open",
                "{\"comm_id\":\"c\",\"target_name\":\"t\",\"data\":{\"a\":[1, true]},\"target_module\":null}"));
        assertEquals("{\"a\":[1,true]}", open.data());
        assertEquals(new Request.CommMsg("c", "{}"), decode("comm_msg", "{\"comm_id\":\"c\"}"));
    }

    @Test
    void commInfoWithoutTargetAsksForAllTargets() {
        assertNull(assertInstanceOf(Request.CommInfo.class, decode("comm_info_request", "{}")).targetName());
    }

    @Test
    void shutdownAndInputReplyHaveForgivingDefaults() {
        assertEquals(new Request.Shutdown(false), decode("shutdown_request", "{}"));
        assertEquals(new Request.InputReply(""), decode("input_reply", "{}"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertEquals(new Request.IsComplete("x"), decode("is_complete_request", "{\"code\":\"x\",\"extra\":[1]}"));
    }

    @Test
    void anUnknownTypeDecodesToUnknownWhateverItsContent() {
        assertEquals(new Request.Unknown("debug_request"), decode("debug_request", "not json at all"));
    }

    @Test
    void contentThatIsNotJsonIsMalformed() {
        String reason = malformedReason("execute_request", "{\"code\": ");

        assertTrue(reason.startsWith("content is not valid JSON"), reason);
    }

    @Test
    void contentWithTrailingGarbageIsMalformed() {
        String reason = malformedReason("execute_request", "{\"code\":\"1\"} {}");

        assertTrue(reason.startsWith("content is not valid JSON"), reason);
    }

    @Test
    void contentThatIsNotAnObjectIsMalformed() {
        assertEquals("content must be a JSON object, was array", malformedReason("kernel_info_request", "[]"));
        assertEquals("content must be a JSON object, was empty", malformedReason("kernel_info_request", ""));
    }

    @Test
    void aMissingRequiredFieldIsMalformedNamingTheField() {
        assertEquals("field 'code' is required but was missing or null", malformedReason("execute_request", "{}"));
        assertEquals("field 'cursor_pos' is required but was missing or null",
                malformedReason("complete_request", "{\"code\":\"x\"}"));
        assertEquals("field 'hist_access_type' is required but was missing or null",
                malformedReason("history_request", "{}"));
        assertEquals("field 'target_name' is required but was missing or null",
                malformedReason("comm_open", "{\"comm_id\":\"c\"}"));
    }

    @Test
    void aNullRequiredFieldIsMalformedNamingTheField() {
        assertEquals("field 'code' is required but was missing or null",
                malformedReason("is_complete_request", "{\"code\":null}"));
        assertEquals("field 'cursor_pos' is required but was missing or null",
                malformedReason("inspect_request", "{\"code\":\"x\",\"cursor_pos\":null}"));
    }

    @Test
    void aFieldOfTheWrongTypeIsMalformedNamingTheField() {
        String reason = malformedReason("complete_request", "{\"code\":\"x\",\"cursor_pos\":\"three\"}");
        assertTrue(reason.startsWith("field 'cursor_pos': "), reason);

        reason = malformedReason("execute_request", "{\"code\":\"x\",\"user_expressions\":{\"a\":{\"b\":1}}}");
        assertTrue(reason.startsWith("field 'user_expressions.a': "), reason);

        reason = malformedReason("execute_request", "{\"code\":\"x\",\"silent\":[]}");
        assertTrue(reason.startsWith("field 'silent': "), reason);
    }
}
