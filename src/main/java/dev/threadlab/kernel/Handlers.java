package dev.threadlab.kernel;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExitRequest;
import dev.threadlab.interpreter.ExpressionOutcome;
import dev.threadlab.interpreter.Failure;
import dev.threadlab.interpreter.HelpQuery;
import dev.threadlab.interpreter.Inspection;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.LanguageInfo;
import dev.threadlab.interpreter.Output;
import dev.threadlab.protocol.Header;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Reply;
import dev.threadlab.protocol.Reply.Status;
import dev.threadlab.protocol.Request;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method per request type: each turns a request into a reply, publishing what the front end should
 * show on the way. Called by the {@link Dispatcher}, which wraps every call in busy/idle.
 */
final class Handlers {

    private static final System.Logger LOG = System.getLogger(Handlers.class.getName());

    private final Interpreter interpreter;
    private final Publisher publisher;
    private final Stdin stdin;
    private final KernelIdentity identity;
    private final History history = new History();
    private int executionCount;

    Handlers(Interpreter interpreter, Publisher publisher, Stdin stdin, KernelIdentity identity) {
        this.interpreter = interpreter;
        this.publisher = publisher;
        this.stdin = stdin;
        this.identity = identity;
    }

    /**
     * Runs a cell received at {@code receivedNanos}. Returns the reply; {@link Reply.Execute#status()} error asks
     * the caller to abort the queue.
     */
    Reply.Execute execute(Message message, Request.Execute request, long receivedNanos) {
        boolean silent = request.silent();
        boolean store = request.storeHistory() && !silent;
        int count = store ? ++executionCount : executionCount;
        if (!silent) {
            publisher.publish(message, new IoPub.ExecuteInput(request.code(), count));
        }
        Optional<String> help = HelpQuery.nameIn(request.code());
        if (help.isPresent()) {
            return page(count, help.get());
        }
        if (ExitRequest.matches(request.code())) {
            if (!silent) {
                publisher.publish(message, new IoPub.Stream("stdout", ExitRequest.NOTICE));
            }
            return new Reply.Execute(Status.OK, count, Map.of(), List.of(), null, true);
        }
        Output output = silent ? CellOutput.silent() : new CellOutput(publisher, stdin, message, request.allowStdin());
        ExecuteOutcome outcome = run(new Cell(request.code(), count, silent, request.allowStdin(), receivedNanos), output);
        if (output instanceof CellOutput shown) {
            shown.finish();
        }
        return switch (outcome) {
            case ExecuteOutcome.Ok ok -> {
                if (store) {
                    history.add(count, request.code(), ok.result() == null ? null : plain(ok.result()));
                }
                if (!silent && ok.result() != null) {
                    publisher.publish(message, new IoPub.ExecuteResult(count, ok.result()));
                }
                yield new Reply.Execute(Status.OK, count, userExpressions(request.userExpressions()), List.of(), null);
            }
            case ExecuteOutcome.Failed failed -> {
                if (store) {
                    history.add(count, request.code(), null);
                }
                Failure shown = failed.failure().withTraceback(ErrorLines.of(failed.failure()));
                if (!silent) {
                    publisher.publish(message, WireFailures.published(shown));
                }
                yield new Reply.Execute(Status.ERROR, count, Map.of(), List.of(), WireFailures.reply(shown));
            }
        };
    }

    /** Runs a cell; a bug in the interpreter becomes a failed cell the user sees, not a silent one. */
    private ExecuteOutcome run(Cell cell, Output output) {
        try {
            return interpreter.execute(cell, output);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "internal error while running cell " + cell.executionCount(), e);
            return new ExecuteOutcome.Failed("InternalError", "The kernel failed to run this cell (" + e
                    + "). This is a bug in Threadlab, not in your code: the kernel is still running, so run the cell"
                    + " again, or %reset for a fresh engine; please report it.", List.of());
        }
    }

    private Reply.Execute page(int count, String name) {
        Inspection doc = interpreter.inspect(name, name.codePointCount(0, name.length()), 1);
        MimeBundle page = doc.found() ? doc.data()
                : MimeBundle.text("No documentation found for " + name + ".");
        return new Reply.Execute(Status.OK, count, Map.of(), List.of(page), null);
    }

    private Map<String, Reply.ExpressionResult> userExpressions(Map<String, String> expressions) {
        Map<String, Reply.ExpressionResult> results = new LinkedHashMap<>();
        expressions.forEach((name, expression) -> results.put(name, switch (interpreter.evaluate(expression)) {
            case ExpressionOutcome.Value v -> new Reply.ExpressionResult(v.bundle(), null);
            case ExpressionOutcome.Failed f ->
                    new Reply.ExpressionResult(null, WireFailures.reply(f.failure()));
        }));
        return results;
    }

    private static String plain(MimeBundle bundle) {
        return bundle.data().getOrDefault(MimeBundle.TEXT_PLAIN, "");
    }

    Reply complete(Request.Complete request) {
        int cursor = clampCursor(request.code(), request.cursorPos());
        Completion completion = interpreter.complete(request.code(), cursor);
        return new Reply.Complete(Status.OK, completion.matches(), completion.start(), completion.end());
    }

    Reply inspect(Request.Inspect request) {
        int cursor = clampCursor(request.code(), request.cursorPos());
        Inspection inspection = interpreter.inspect(request.code(), cursor, request.detailLevel());
        return new Reply.Inspect(Status.OK, inspection.found(), inspection.data());
    }

    Reply isComplete(Request.IsComplete request) {
        if (HelpQuery.nameIn(request.code()).isPresent() || ExitRequest.matches(request.code())) {
            return new Reply.IsComplete(Status.OK, "complete", null); // runs at once, as in IPython
        }
        return switch (interpreter.isComplete(request.code())) {
            case Completeness.Complete c -> new Reply.IsComplete(Status.OK, "complete", null);
            case Completeness.Incomplete i -> new Reply.IsComplete(Status.OK, "incomplete", i.indent());
            case Completeness.Invalid i -> new Reply.IsComplete(Status.OK, "invalid", null);
        };
    }

    Reply history(Request.History request) {
        boolean output = request.output();
        return new Reply.History(Status.OK, switch (request.histAccessType()) {
            case "tail" -> history.tail(request.n(), output);
            case "range" -> history.range(request.session(), request.start(), request.stop(), output);
            case "search" -> history.search(request.pattern(), request.n(), request.unique(), output);
            default -> {
                LOG.log(Level.WARNING, "unknown hist_access_type {0}; answering with no history",
                        request.histAccessType());
                yield List.of();
            }
        });
    }

    Reply kernelInfo() {
        LanguageInfo language = interpreter.languageInfo();
        return new Reply.KernelInfo(Status.OK, Header.PROTOCOL_VERSION, "threadlab", identity.version(),
                new Reply.LanguageInfo(language.name(), language.version(), language.mimetype(),
                        language.fileExtension(), language.pygmentsLexer(), language.codemirrorMode()),
                interpreter.banner(), identity.helpLinks(), false);
    }

    /** No comm targets are registered yet: every {@code comm_open} is refused with a {@code comm_close}. */
    void commOpen(Message message, Request.CommOpen request) {
        LOG.log(Level.INFO, "refusing comm_open for unknown target {0}", request.targetName());
        publisher.publish(message, new IoPub.CommClose(request.commId()));
    }

    Reply commInfo() {
        return new Reply.CommInfo(Status.OK, Map.of());
    }

    Reply interrupt() {
        interpreter.interrupt();
        return new Reply.Interrupt(Status.OK);
    }

    /** Cursor positions are code points; a client may send one past the end or below zero. */
    private static int clampCursor(String code, int cursor) {
        return Math.max(0, Math.min(cursor, code.codePointCount(0, code.length())));
    }
}
