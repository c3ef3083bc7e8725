package dev.threadlab.protocol;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kernel's answers to {@link Request}s. Every reply carries a {@link Status}; on {@code error}
 * the reply's {@code ename/evalue/traceback} go next to the type's own fields, as in ipykernel.
 */
public sealed interface Reply extends Content {

    /** Outcome of a request, as the {@code status} field spells it. */
    enum Status {
        OK("ok"), ERROR("error"), ABORTED("aborted");

        private final String wire;

        Status(String wire) { this.wire = wire; }

        /** The wire spelling. */
        public String wire() { return wire; }
    }

    /** What went wrong, for replies with status {@code error}; the traceback always has a line ({@link Traceback}). */
    record Failure(String ename, String evalue, List<String> traceback) {
        public Failure {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = Traceback.orMessage(ename, evalue, traceback);
        }
    }

    /** This reply's status. */
    Status status();

    /**
     * {@code execute_reply}. {@code userExpressions} maps each requested name to its result bundle
     * (status ok) or failure; {@code pages} are bundles for the front end's pager (the {@code payload}
     * entries with source {@code page}, e.g. the answer to {@code ?String}); {@code failure} is non-null
     * exactly when status is {@code error}; {@code askExit} asks the front end to close (the {@code ask_exit}
     * payload, {@code keepkernel} false, as ipykernel sends for {@code exit}: jupyter console leaves).
     */
    record Execute(Status status, int executionCount, Map<String, ExpressionResult> userExpressions,
                   List<MimeBundle> pages, Failure failure, boolean askExit) implements Reply {
        public Execute {
            Objects.requireNonNull(status, "status");
            userExpressions = userExpressions == null ? Map.of() : Map.copyOf(userExpressions);
            pages = pages == null ? List.of() : List.copyOf(pages);
            if ((status == Status.ERROR) != (failure != null)) {
                throw new IllegalArgumentException("failure must be given exactly when status is error, status was "
                        + status);
            }
        }

        /** A reply that does not ask the front end to close. */
        public Execute(Status status, int executionCount, Map<String, ExpressionResult> userExpressions,
                       List<MimeBundle> pages, Failure failure) {
            this(status, executionCount, userExpressions, pages, failure, false);
        }
        @Override public String msgType() { return "execute_reply"; }
    }

    /** One user expression's outcome: a bundle, or a failure. */
    record ExpressionResult(MimeBundle value, Failure failure) {
        public ExpressionResult {
            if ((value == null) == (failure == null)) {
                throw new IllegalArgumentException("exactly one of value and failure must be given");
            }
        }
    }

    /** {@code complete_reply}. */
    record Complete(Status status, List<String> matches, int cursorStart, int cursorEnd) implements Reply {
        public Complete {
            Objects.requireNonNull(status, "status");
            matches = List.copyOf(matches);
        }
        @Override public String msgType() { return "complete_reply"; }
    }

    /** {@code inspect_reply}; {@code data} is empty when nothing was found. */
    record Inspect(Status status, boolean found, MimeBundle data) implements Reply {
        public Inspect {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(data, "data");
        }
        @Override public String msgType() { return "inspect_reply"; }
    }

    /**
     * {@code is_complete_reply}; {@code completeness} is {@code complete}, {@code incomplete},
     * {@code invalid} or {@code unknown}; {@code indent} is only sent for {@code incomplete}.
     */
    record IsComplete(Status status, String completeness, String indent) implements Reply {
        public IsComplete {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(completeness, "completeness");
            if (!List.of("complete", "incomplete", "invalid", "unknown").contains(completeness)) {
                throw new IllegalArgumentException(
                        "completeness must be complete, incomplete, invalid or unknown, was " + completeness);
            }
        }
        @Override public String msgType() { return "is_complete_reply"; }
    }

    /** One history entry: {@code output} is null unless the request asked for outputs. */
    record HistoryEntry(int session, int line, String input, String output) {
        public HistoryEntry { Objects.requireNonNull(input, "input"); }
    }

    /** {@code history_reply}. */
    record History(Status status, List<HistoryEntry> history) implements Reply {
        public History {
            Objects.requireNonNull(status, "status");
            history = List.copyOf(history);
        }
        @Override public String msgType() { return "history_reply"; }
    }

    /** A help link shown in the front end's Help menu. */
    record HelpLink(String text, String url) {
        public HelpLink {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(url, "url");
        }
    }

    /** The {@code language_info} dictionary. */
    record LanguageInfo(String name, String version, String mimetype, String fileExtension, String pygmentsLexer,
                        String codemirrorMode) {
        public LanguageInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }
    }

    /** {@code kernel_info_reply}. */
    record KernelInfo(Status status, String protocolVersion, String implementation, String implementationVersion,
                      LanguageInfo languageInfo, String banner, List<HelpLink> helpLinks, boolean debugger)
            implements Reply {
        public KernelInfo {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(languageInfo, "language_info");
            helpLinks = List.copyOf(helpLinks);
        }
        @Override public String msgType() { return "kernel_info_reply"; }
    }

    /** {@code comm_info_reply}: open comms by id, each with its target name. */
    record CommInfo(Status status, Map<String, String> comms) implements Reply {
        public CommInfo {
            Objects.requireNonNull(status, "status");
            comms = Map.copyOf(comms);
        }
        @Override public String msgType() { return "comm_info_reply"; }
    }

    /** {@code shutdown_reply}. */
    record Shutdown(Status status, boolean restart) implements Reply {
        public Shutdown { Objects.requireNonNull(status, "status"); }
        @Override public String msgType() { return "shutdown_reply"; }
    }

    /** {@code interrupt_reply}. */
    record Interrupt(Status status) implements Reply {
        public Interrupt { Objects.requireNonNull(status, "status"); }
        @Override public String msgType() { return "interrupt_reply"; }
    }

    /**
     * A reply of any type with status {@code error} or {@code aborted} and no type-specific fields: the
     * answer to a {@link Request.Malformed} request, or to a request aborted after an error.
     */
    record Bare(String msgType, Status status, Failure failure) implements Reply {
        public Bare {
            Objects.requireNonNull(msgType, "msg_type");
            Objects.requireNonNull(status, "status");
        }
    }
}
