package dev.threadlab.protocol;

import java.util.Map;
import java.util.Objects;

/**
 * Everything a client may ask of the kernel, on the shell, control or stdin channel.
 *
 * <p>Defaults follow the messaging spec where a client omits an optional field (for example
 * {@code store_history} and {@code stop_on_error} default to true). A required field that is missing
 * makes the compact constructor throw {@link IllegalArgumentException}; the codec turns that into
 * {@link Malformed}, never into a crash.
 */
public sealed interface Request extends Content {

    /** {@code execute_request}. */
    record Execute(String code, boolean silent, boolean storeHistory, Map<String, String> userExpressions,
                   boolean allowStdin, boolean stopOnError) implements Request {
        public Execute {
            require(code, "code");
            userExpressions = userExpressions == null ? Map.of() : Map.copyOf(userExpressions);
        }

        /** A plain request as a notebook sends it: not silent, stored in history, stop on error. */
        public static Execute of(String code) {
            return new Execute(code, false, true, Map.of(), false, true);
        }

        @Override public String msgType() { return "execute_request"; }
    }

    /** {@code complete_request}. */
    record Complete(String code, int cursorPos) implements Request {
        public Complete { require(code, "code"); }
        @Override public String msgType() { return "complete_request"; }
    }

    /** {@code inspect_request}; {@code detailLevel} is 0 or 1. */
    record Inspect(String code, int cursorPos, int detailLevel) implements Request {
        public Inspect { require(code, "code"); }
        @Override public String msgType() { return "inspect_request"; }
    }

    /** {@code is_complete_request}. */
    record IsComplete(String code) implements Request {
        public IsComplete { require(code, "code"); }
        @Override public String msgType() { return "is_complete_request"; }
    }

    /**
     * {@code history_request}. {@code histAccessType} is {@code tail}, {@code range} or {@code search};
     * numbers a client omitted are 0, a pattern it omitted is {@code "*"}.
     */
    record History(boolean output, boolean raw, String histAccessType, int session, int start, int stop, int n,
                   String pattern, boolean unique) implements Request {
        public History {
            require(histAccessType, "hist_access_type");
            pattern = pattern == null ? "*" : pattern;
        }
        @Override public String msgType() { return "history_request"; }
    }

    /** {@code kernel_info_request} (shell or control). */
    record KernelInfo() implements Request {
        @Override public String msgType() { return "kernel_info_request"; }
    }

    /** {@code comm_info_request}; {@code targetName} may be null (all targets). */
    record CommInfo(String targetName) implements Request {
        @Override public String msgType() { return "comm_info_request"; }
    }

    /** {@code comm_open}; {@code data} is the JSON text of the data dictionary. */
    record CommOpen(String commId, String targetName, String data) implements Request {
        public CommOpen { require(commId, "comm_id"); require(targetName, "target_name"); }
        @Override public String msgType() { return "comm_open"; }
    }

    /** {@code comm_msg}; {@code data} is the JSON text of the data dictionary. */
    record CommMsg(String commId, String data) implements Request {
        public CommMsg { require(commId, "comm_id"); }
        @Override public String msgType() { return "comm_msg"; }
    }

    /** {@code comm_close}; {@code data} is the JSON text of the data dictionary. */
    record CommClose(String commId, String data) implements Request {
        public CommClose { require(commId, "comm_id"); }
        @Override public String msgType() { return "comm_close"; }
    }

    /** {@code shutdown_request} (control, or shell for old clients). */
    record Shutdown(boolean restart) implements Request {
        @Override public String msgType() { return "shutdown_request"; }
    }

    /** {@code interrupt_request} (control). */
    record Interrupt() implements Request {
        @Override public String msgType() { return "interrupt_request"; }
    }

    /** {@code input_reply} (stdin): what the user typed. */
    record InputReply(String value) implements Request {
        public InputReply { value = value == null ? "" : value; }
        @Override public String msgType() { return "input_reply"; }
    }

    /** A message type this kernel does not know; answered with nothing, logged. */
    record Unknown(String msgType) implements Request {
        public Unknown { require(msgType, "msg_type"); }
    }

    /** A known type whose content could not be read; {@code reason} says why, for the log and the reply. */
    record Malformed(String msgType, String reason) implements Request {
        public Malformed { require(msgType, "msg_type"); require(reason, "reason"); }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' is required but was missing or null");
        }
    }

    /** The record type for a wire name, or null when the kernel does not know that request. */
    static Class<? extends Request> typeOf(String msgType) {
        return switch (Objects.requireNonNull(msgType)) {
            case "execute_request" -> Execute.class;
            case "complete_request" -> Complete.class;
            case "inspect_request" -> Inspect.class;
            case "is_complete_request" -> IsComplete.class;
            case "history_request" -> History.class;
            case "kernel_info_request" -> KernelInfo.class;
            case "comm_info_request" -> CommInfo.class;
            case "comm_open" -> CommOpen.class;
            case "comm_msg" -> CommMsg.class;
            case "comm_close" -> CommClose.class;
            case "shutdown_request" -> Shutdown.class;
            case "interrupt_request" -> Interrupt.class;
            case "input_reply" -> InputReply.class;
            default -> null;
        };
    }
}
