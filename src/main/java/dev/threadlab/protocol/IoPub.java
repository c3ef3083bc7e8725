package dev.threadlab.protocol;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Objects;

/** Broadcasts on the IOPub channel, and {@code input_request} on stdin. */
public sealed interface IoPub extends Content {

    /** {@code status}: {@code busy}, {@code idle} or {@code starting}. */
    record Status(String executionState) implements IoPub {
        public Status { Objects.requireNonNull(executionState, "execution_state"); }
        public static Status busy() { return new Status("busy"); }
        public static Status idle() { return new Status("idle"); }
        public static Status starting() { return new Status("starting"); }
        @Override public String msgType() { return "status"; }
    }

    /** {@code execute_input}: the code being run, echoed to every client. */
    record ExecuteInput(String code, int executionCount) implements IoPub {
        public ExecuteInput { Objects.requireNonNull(code, "code"); }
        @Override public String msgType() { return "execute_input"; }
    }

    /** {@code stream}; {@code name} is {@code stdout} or {@code stderr}. */
    record Stream(String name, String text) implements IoPub {
        public Stream {
            if (!"stdout".equals(name) && !"stderr".equals(name)) {
                throw new IllegalArgumentException("stream name must be stdout or stderr, was " + name);
            }
            Objects.requireNonNull(text, "text");
        }
        @Override public String msgType() { return "stream"; }
    }

    /** {@code display_data}; {@code displayId} is null unless the display can be updated later. */
    record DisplayData(MimeBundle bundle, String displayId) implements IoPub {
        public DisplayData { Objects.requireNonNull(bundle, "bundle"); }
        @Override public String msgType() { return "display_data"; }
    }

    /** {@code update_display_data}: replaces an earlier display with the same id. */
    record UpdateDisplayData(MimeBundle bundle, String displayId) implements IoPub {
        public UpdateDisplayData {
            Objects.requireNonNull(bundle, "bundle");
            Objects.requireNonNull(displayId, "display_id");
        }
        @Override public String msgType() { return "update_display_data"; }
    }

    /** {@code execute_result}: the value of the cell's last expression. */
    record ExecuteResult(int executionCount, MimeBundle bundle) implements IoPub {
        public ExecuteResult { Objects.requireNonNull(bundle, "bundle"); }
        @Override public String msgType() { return "execute_result"; }
    }

    /** {@code error}: a failed cell, shown to the user; the traceback always has a line ({@link Traceback}). */
    record Error(String ename, String evalue, List<String> traceback) implements IoPub {
        public Error {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = Traceback.orMessage(ename, evalue, traceback);
        }
        @Override public String msgType() { return "error"; }
    }

    /** {@code clear_output}; {@code waitForNext} is the wire field {@code wait}: clear when the next output arrives. */
    record ClearOutput(boolean waitForNext) implements IoPub {
        @Override public String msgType() { return "clear_output"; }
    }

    /** {@code comm_close} sent by the kernel, e.g. to refuse a {@code comm_open} for an unknown target. */
    record CommClose(String commId) implements IoPub {
        public CommClose { Objects.requireNonNull(commId, "comm_id"); }
        @Override public String msgType() { return "comm_close"; }
    }

    /** {@code input_request} (sent on the stdin channel, not IOPub). */
    record InputRequest(String prompt, boolean password) implements IoPub {
        public InputRequest { Objects.requireNonNull(prompt, "prompt"); }
        @Override public String msgType() { return "input_request"; }
    }
}
