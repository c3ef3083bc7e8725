package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads and writes the {@code outputs} of a code cell (lines already joined, as {@link MultilineText}
 * leaves them in memory). An output whose type nbformat does not define is skipped on read.
 */
final class OutputCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputCodec() {}

    /** The outputs stored in {@code cell}, in order; none for a cell that is not code. */
    static List<NotebookOutput> read(ObjectNode cell) {
        List<NotebookOutput> outputs = new ArrayList<>();
        for (JsonNode output : cell.path("outputs")) {
            String type = output.path("output_type").asText("");
            switch (type) {
                case "stream" -> {
                    String name = output.path("name").asText("stdout");
                    outputs.add(new NotebookOutput.Stream(name.equals("stderr") ? "stderr" : "stdout",
                            output.path("text").asText("")));
                }
                case "display_data" -> outputs.add(new NotebookOutput.Display(bundle(output)));
                case "execute_result" -> outputs.add(new NotebookOutput.Result(bundle(output),
                        Math.max(1, output.path("execution_count").asInt(1))));
                case "error" -> {
                    List<String> traceback = new ArrayList<>();
                    output.path("traceback").forEach(line -> traceback.add(line.asText("")));
                    outputs.add(new NotebookOutput.Error(output.path("ename").asText(""),
                            output.path("evalue").asText(""), traceback));
                }
                default -> { } // not nbformat 4: nothing a front end could show
            }
        }
        return outputs;
    }

    /** Puts {@code outputs} and {@code executionCount} (empty: null) into {@code cell}, a code cell's JSON. */
    static void write(ObjectNode cell, List<NotebookOutput> outputs, OptionalInt executionCount) {
        ArrayNode array = cell.putArray("outputs");
        for (NotebookOutput output : outputs) {
            ObjectNode o = array.addObject();
            switch (output) {
                case NotebookOutput.Stream s -> o.put("name", s.name()).put("output_type", "stream").put("text", s.text());
                case NotebookOutput.Display d -> {
                    putBundle(o, d.bundle());
                    o.put("output_type", "display_data");
                }
                case NotebookOutput.Result r -> {
                    putBundle(o, r.bundle());
                    o.put("execution_count", r.executionCount());
                    o.put("output_type", "execute_result");
                }
                case NotebookOutput.Error e -> {
                    o.put("ename", e.ename()).put("evalue", e.evalue()).put("output_type", "error");
                    ArrayNode traceback = o.putArray("traceback");
                    e.traceback().forEach(traceback::add);
                }
            }
        }
        if (executionCount.isPresent()) {
            cell.put("execution_count", executionCount.getAsInt());
        } else {
            cell.set("execution_count", NullNode.getInstance());
        }
    }

    private static MimeBundle bundle(JsonNode output) {
        Map<String, String> data = new LinkedHashMap<>();
        output.path("data").properties().forEach(e -> data.put(e.getKey(),
                e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
        Map<String, String> metadata = new LinkedHashMap<>();
        output.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().toString()));
        return new MimeBundle(data, metadata);
    }

    private static void putBundle(ObjectNode o, MimeBundle bundle) {
        ObjectNode data = o.putObject("data");
        bundle.data().forEach((type, value) -> {
            if (MimeBundle.isJson(type)) {
                data.set(type, jsonOrText(value));
            } else {
                data.put(type, value);
            }
        });
        ObjectNode metadata = o.putObject("metadata");
        bundle.metadata().forEach((type, value) -> metadata.set(type, jsonOrText(value)));
    }

    private static JsonNode jsonOrText(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
