package dev.threadlab.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Map;

/**
 * Writes any {@link Content} as the JSON object the Jupyter messaging spec 5.3 (as ipykernel shapes it)
 * expects. Thread-safe.
 */
final class ContentWriter {

    private final ObjectMapper mapper;

    ContentWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The content's JSON object.
     *
     * @throws IllegalArgumentException when a value documented as JSON text is not JSON, or for
     *                                  {@link Request.Unknown} and {@link Request.Malformed}, never sent
     */
    ObjectNode write(Content content) {
        return switch (content) {
            case Request request -> request(request);
            case Reply reply -> reply(reply);
            case IoPub ioPub -> ioPub(ioPub);
        };
    }

    private ObjectNode request(Request request) {
        if (request instanceof Request.Unknown || request instanceof Request.Malformed) {
            throw new IllegalArgumentException("only known, well-formed requests can be sent, was " + request);
        }
        ObjectNode o = mapper.valueToTree(request);
        if (o.get("data") instanceof JsonNode data && data.isTextual()) {
            o.set("data", json("comm data", data.textValue()));
        }
        return o;
    }

    private ObjectNode reply(Reply reply) {
        ObjectNode o = mapper.createObjectNode();
        o.put("status", reply.status().wire());
        switch (reply) {
            case Reply.Execute e -> {
                o.put("execution_count", e.executionCount());
                ObjectNode expressions = o.putObject("user_expressions");
                e.userExpressions().forEach((name, result) -> expressions.set(name, expression(result)));
                if (e.status() == Reply.Status.OK) {
                    ArrayNode payload = o.putArray("payload");
                    for (MimeBundle page : e.pages()) {
                        ObjectNode entry = payload.addObject();
                        entry.put("source", "page");
                        bundle(entry, page);
                        entry.put("start", 0);
                    }
                    if (e.askExit()) {
                        payload.addObject().put("source", "ask_exit").put("keepkernel", false);
                    }
                }
                failure(o, e.failure());
            }
            case Reply.Complete c -> {
                strings(o.putArray("matches"), c.matches());
                o.put("cursor_start", c.cursorStart());
                o.put("cursor_end", c.cursorEnd());
                o.putObject("metadata");
            }
            case Reply.Inspect i -> {
                o.put("found", i.found());
                bundle(o, i.data());
            }
            case Reply.IsComplete ic -> {
                // The spec's is_complete_reply has one "status": the completeness, not the request's outcome.
                o.put("status", ic.completeness());
                if ("incomplete".equals(ic.completeness())) {
                    o.put("indent", ic.indent() == null ? "" : ic.indent());
                }
            }
            case Reply.History h -> {
                ArrayNode history = o.putArray("history");
                h.history().forEach(entry -> history.add(historyEntry(entry)));
            }
            case Reply.KernelInfo k -> kernelInfo(o, k);
            case Reply.CommInfo ci -> {
                ObjectNode comms = o.putObject("comms");
                ci.comms().forEach((id, target) -> comms.putObject(id).put("target_name", target));
            }
            case Reply.Shutdown s -> o.put("restart", s.restart());
            case Reply.Interrupt ignored -> { } // status only
            case Reply.Bare b -> failure(o, b.failure());
        }
        return o;
    }

    private ObjectNode ioPub(IoPub ioPub) {
        ObjectNode o = mapper.createObjectNode();
        switch (ioPub) {
            case IoPub.Status s -> o.put("execution_state", s.executionState());
            case IoPub.ExecuteInput ei -> o.put("code", ei.code()).put("execution_count", ei.executionCount());
            case IoPub.Stream s -> o.put("name", s.name()).put("text", s.text());
            case IoPub.DisplayData d -> {
                bundle(o, d.bundle());
                ObjectNode transientFields = o.putObject("transient");
                if (d.displayId() != null) {
                    transientFields.put("display_id", d.displayId());
                }
            }
            case IoPub.UpdateDisplayData u -> {
                bundle(o, u.bundle());
                o.putObject("transient").put("display_id", u.displayId());
            }
            case IoPub.ExecuteResult r -> {
                o.put("execution_count", r.executionCount());
                bundle(o, r.bundle());
            }
            case IoPub.Error e -> failure(o, new Reply.Failure(e.ename(), e.evalue(), e.traceback()));
            case IoPub.ClearOutput c -> o.put("wait", c.waitForNext());
            case IoPub.CommClose c -> {
                o.put("comm_id", c.commId());
                o.putObject("data");
            }
            case IoPub.InputRequest r -> o.put("prompt", r.prompt()).put("password", r.password());
        }
        return o;
    }

    private void kernelInfo(ObjectNode o, Reply.KernelInfo k) {
        o.put("protocol_version", k.protocolVersion());
        o.put("implementation", k.implementation());
        o.put("implementation_version", k.implementationVersion());
        Reply.LanguageInfo l = k.languageInfo();
        ObjectNode language = o.putObject("language_info");
        language.put("name", l.name()).put("version", l.version());
        putIfPresent(language, "mimetype", l.mimetype());
        putIfPresent(language, "file_extension", l.fileExtension());
        putIfPresent(language, "pygments_lexer", l.pygmentsLexer());
        putIfPresent(language, "codemirror_mode", l.codemirrorMode());
        o.put("banner", k.banner() == null ? "" : k.banner());
        ArrayNode links = o.putArray("help_links");
        k.helpLinks().forEach(link -> links.addObject().put("text", link.text()).put("url", link.url()));
        o.put("debugger", k.debugger());
    }

    private ObjectNode expression(Reply.ExpressionResult result) {
        ObjectNode o = mapper.createObjectNode();
        if (result.value() != null) {
            o.put("status", Reply.Status.OK.wire());
            bundle(o, result.value());
        } else {
            o.put("status", Reply.Status.ERROR.wire());
            failure(o, result.failure());
        }
        return o;
    }

    private ArrayNode historyEntry(Reply.HistoryEntry entry) {
        ArrayNode a = mapper.createArrayNode().add(entry.session()).add(entry.line());
        if (entry.output() == null) {
            return a.add(entry.input());
        }
        a.addArray().add(entry.input()).add(entry.output());
        return a;
    }

    /** Adds {@code data} and {@code metadata}; JSON MIME types and all metadata are embedded as JSON. */
    private void bundle(ObjectNode o, MimeBundle bundle) {
        ObjectNode data = o.putObject("data");
        bundle.data().forEach((type, value) -> {
            if (MimeBundle.isJson(type)) {
                data.set(type, json("data for " + type, value));
            } else {
                data.put(type, value);
            }
        });
        o.set("metadata", jsonValues("metadata", bundle.metadata()));
    }

    private static void failure(ObjectNode o, Reply.Failure failure) {
        if (failure == null) {
            return;
        }
        o.put("ename", failure.ename()).put("evalue", failure.evalue());
        strings(o.putArray("traceback"), failure.traceback());
    }

    /** An object whose values are the given JSON texts, embedded as JSON. */
    ObjectNode jsonValues(String what, Map<String, String> jsonTexts) {
        ObjectNode o = mapper.createObjectNode();
        jsonTexts.forEach((key, text) -> o.set(key, json(what + " for " + key, text)));
        return o;
    }

    private JsonNode json(String what, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + " must be JSON text, was: " + excerpt(text), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException(what + " must be JSON text, was: " + excerpt(text));
        }
        return node;
    }

    private static String excerpt(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
