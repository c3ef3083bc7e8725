package dev.threadlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Reply;
import dev.threadlab.protocol.Request;
import dev.threadlab.testing.FakeInterpreter;
import dev.threadlab.testing.FakeTransport;
import dev.threadlab.testing.FakeTransport.Sent;
import dev.threadlab.transport.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class KernelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final FakeTransport transport = new FakeTransport();
    private final FakeInterpreter interpreter = new FakeInterpreter();
    private Kernel kernel;

    @BeforeEach
    void start() {
        kernel = new Kernel(transport, interpreter, KernelIdentity.threadlab("test"));
        kernel.start();
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private List<Sent> run(Channel channel, Request request) throws InterruptedException {
        Message message = transport.deliver(channel, request);
        return transport.awaitIdle(message, TIMEOUT);
    }

    private static List<String> types(List<Sent> sent) {
        return sent.stream().map(Sent::type).toList();
    }

    private static <T> T reply(List<Sent> sent, Class<T> type) {
        return sent.stream().map(Sent::content).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + types(sent)));
    }

    @Test
    void executePublishesBusyInputOutputResultReplyIdleInOrder() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, Request.Execute.of("print hi"));
        assertEquals(List.of("status", "execute_input", "stream", "execute_reply", "status"), types(sent));
        assertEquals("busy", ((IoPub.Status) sent.get(0).content()).executionState());
        assertEquals(Channel.SHELL, sent.get(3).channel());
        assertEquals("hi\n", ((IoPub.Stream) sent.get(2).content()).text());

        List<Sent> withResult = run(Channel.SHELL, Request.Execute.of("42"));
        assertEquals(List.of("status", "execute_input", "execute_result", "execute_reply", "status"),
                types(withResult));
        assertEquals("42", reply(withResult, IoPub.ExecuteResult.class).bundle().data().get("text/plain"));
    }

    @Test
    void printedTextIsCappedPerCellAndTheCellSaysHowMuchWasCut() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, Request.Execute.of("flood 12000000"));
        long shown = sent.stream().map(Sent::content).filter(IoPub.Stream.class::isInstance).map(IoPub.Stream.class::cast)
                .filter(s -> s.name().equals("stdout")).mapToLong(s -> s.text().length()).sum();
        assertEquals(CellOutput.STREAM_LIMIT_CHARS, shown);
        List<String> notices = sent.stream().map(Sent::content).filter(IoPub.Stream.class::isInstance)
                .map(IoPub.Stream.class::cast).filter(s -> s.name().equals("stderr")).map(IoPub.Stream::text).toList();
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("output truncated here"), "said when the cap is reached: " + notices);
        assertTrue(notices.get(1).contains("output truncated: 2.0 MB more not shown"), "and how much at the end");

        List<Sent> next = run(Channel.SHELL, Request.Execute.of("print fresh"));
        assertEquals("fresh\n", reply(next, IoPub.Stream.class).text(), "the cap is per cell");
    }

    @Test
    void theCapCutsAtALineEndAndSaysSoAtOnce() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, Request.Execute.of("lines 10000100"));
        List<IoPub.Stream> streams = sent.stream().map(Sent::content).filter(IoPub.Stream.class::isInstance)
                .map(IoPub.Stream.class::cast).toList();
        String shown = String.join("", streams.stream().filter(s -> s.name().equals("stdout")).map(IoPub.Stream::text)
                .toList());
        assertTrue(shown.endsWith("\n"), "cut at a line end: ..." + shown.substring(shown.length() - 40));
        assertTrue(shown.length() <= CellOutput.STREAM_LIMIT_CHARS && shown.length() > CellOutput.STREAM_LIMIT_CHARS - 100,
                "shown " + shown.length());
        int notice = streams.indexOf(streams.stream().filter(s -> s.text().contains("output truncated here")).findFirst()
                .orElseThrow());
        assertEquals("stderr", streams.get(notice).name());
    }

    @Test
    void executionCountGrowsOnlyForStoredCells() throws InterruptedException {
        assertEquals(1, reply(run(Channel.SHELL, Request.Execute.of("a")), Reply.Execute.class).executionCount());
        Request.Execute notStored = new Request.Execute("b", false, false, Map.of(), false, true);
        assertEquals(1, reply(run(Channel.SHELL, notStored), Reply.Execute.class).executionCount());
        assertEquals(2, reply(run(Channel.SHELL, Request.Execute.of("c")), Reply.Execute.class).executionCount());
    }

    @Test
    void silentCellPublishesOnlyBusyAndIdle() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, new Request.Execute("print x", true, false, Map.of(), false, true));
        assertEquals(List.of("status", "execute_reply", "status"), types(sent));
    }

    @Test
    void failedCellPublishesErrorAndAbortsCellsQueuedBehindIt() throws InterruptedException {
        Message blocker = transport.deliver(Channel.SHELL, Request.Execute.of("block"));
        assertTrue(interpreter.blocking.await(5, TimeUnit.SECONDS));
        Message failing = transport.deliver(Channel.SHELL, Request.Execute.of("fail boom"));
        Message queued = transport.deliver(Channel.SHELL, Request.Execute.of("print never"));
        Message completion = transport.deliver(Channel.SHELL, new Request.Complete("x", 1));
        interpreter.release.countDown();
        assertEquals(Reply.Status.OK, reply(transport.awaitIdle(blocker, TIMEOUT), Reply.Execute.class).status());

        List<Sent> failed = transport.awaitIdle(failing, TIMEOUT);
        assertEquals("boom", reply(failed, IoPub.Error.class).evalue());
        Reply.Execute failedReply = reply(failed, Reply.Execute.class);
        assertEquals(Reply.Status.ERROR, failedReply.status());
        assertEquals("FakeError", failedReply.failure().ename());

        Reply.Bare aborted = reply(transport.awaitIdle(queued, TIMEOUT), Reply.Bare.class);
        assertEquals("execute_reply", aborted.msgType());
        assertEquals(Reply.Status.ABORTED, aborted.status());
        assertEquals(Reply.Status.OK, reply(transport.awaitIdle(completion, TIMEOUT), Reply.Complete.class).status());
        assertEquals(2, interpreter.executed, "the aborted cell must not run");
    }

    @Test
    void anInterruptedCellAbortsTheCellsQueuedBehindIt() throws InterruptedException {
        Message blocker = transport.deliver(Channel.SHELL, Request.Execute.of("block"));
        assertTrue(interpreter.blocking.await(5, TimeUnit.SECONDS));
        Message queued = transport.deliver(Channel.SHELL, Request.Execute.of("print never"));
        interpreter.interrupt();
        assertEquals(Reply.Status.ERROR, reply(transport.awaitIdle(blocker, TIMEOUT), Reply.Execute.class).status());
        assertEquals(Reply.Status.ABORTED, reply(transport.awaitIdle(queued, TIMEOUT), Reply.Bare.class).status());
    }

    @Test
    void aCellSentWhenTheFailedCellIsIdleRunsAndIsNotAborted() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            Message failing = transport.deliver(Channel.SHELL, Request.Execute.of("fail boom"));
            transport.awaitIdle(failing, TIMEOUT);
            Message next = transport.deliver(Channel.SHELL, Request.Execute.of("print ok"));
            assertEquals(Reply.Status.OK, reply(transport.awaitIdle(next, TIMEOUT), Reply.Execute.class).status(),
                    "round " + i + ": the cell sent after idle was aborted");
        }
    }

    @Test
    void failedCellWithoutStopOnErrorLetsTheNextCellRun() throws InterruptedException {
        run(Channel.SHELL, new Request.Execute("fail boom", false, true, Map.of(), false, false));
        List<Sent> next = run(Channel.SHELL, Request.Execute.of("print ran"));
        assertEquals(Reply.Status.OK, reply(next, Reply.Execute.class).status());
    }

    @Test
    void interruptIsServedOnControlWhileACellRuns() throws InterruptedException {
        Message cell = transport.deliver(Channel.SHELL, Request.Execute.of("block"));
        assertTrue(interpreter.blocking.await(5, TimeUnit.SECONDS));
        List<Sent> interrupt = run(Channel.CONTROL, new Request.Interrupt());
        Sent answer = interrupt.stream().filter(s -> s.content() instanceof Reply.Interrupt).findFirst().orElseThrow();
        assertEquals(Channel.CONTROL, answer.channel());
        assertEquals(Reply.Status.OK, ((Reply.Interrupt) answer.content()).status());
        assertEquals("Interrupted", reply(transport.awaitIdle(cell, TIMEOUT), Reply.Execute.class).failure().ename());
    }

    @Test
    void anInterruptThatArrivesJustAsTheLastCellSaysIdleIsKeptForTheNextCell() throws InterruptedException {
        // A client that saw the last cell's idle sends the next cell and an interrupt for it; the interrupt can
        // arrive before the shell thread has finished with the last cell (seen in a build: the cell spun on).
        AtomicLong interruptArrived = new AtomicLong();
        transport.onSend = s -> {
            if (s.content() instanceof IoPub.Status st && st.executionState().equals("idle")
                    && s.message().parent() != null && s.message().parent().msgType().equals("execute_request")
                    && interruptArrived.get() == 0) {
                transport.deliver(Channel.CONTROL, new Request.Interrupt());
                interruptArrived.set(System.nanoTime());
            }
        };
        run(Channel.SHELL, Request.Execute.of("print first"));
        run(Channel.SHELL, Request.Execute.of("print second"));

        assertTrue(interruptArrived.get() != 0, "the interrupt was sent");
        assertTrue(interpreter.receivedNanos - interruptArrived.get() < 0,
                "the second cell counts as received before the interrupt arrived, which is thus meant for it");
    }

    @Test
    void anInterruptEndsOnlyAfterTheCellItStoppedSoAConsoleShowsTheCellsError() throws InterruptedException {
        // jupyter console ends a cell at the first idle of its session: the interrupt's idle must come after the
        // cell's error, or the console shows its next prompt without the error.
        Message cell = transport.deliver(Channel.SHELL, Request.Execute.of("block"));
        assertTrue(interpreter.blocking.await(5, TimeUnit.SECONDS));
        Message interrupt = transport.deliver(Channel.CONTROL, new Request.Interrupt());
        transport.awaitIdle(interrupt, TIMEOUT);
        transport.awaitIdle(cell, TIMEOUT);
        List<Sent> all = transport.all();
        int error = indexOf(all, cell, "error");
        int interruptIdle = all.indexOf(transport.causedBy(interrupt).getLast());
        assertTrue(error >= 0 && interruptIdle > error,
                "the interrupt's idle came before the cell's error: " + types(all));
    }

    private static int indexOf(List<Sent> all, Message request, String type) {
        for (int i = 0; i < all.size(); i++) {
            Sent sent = all.get(i);
            if (sent.type().equals(type) && request.header().msgId().equals(sent.message().parent().msgId())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void userExpressionsAreEvaluatedAfterASuccessfulCell() throws InterruptedException {
        Request.Execute request = new Request.Execute("x", false, true, Map.of("a", "x + 1", "b", "fail"), false, true);
        Reply.Execute reply = reply(run(Channel.SHELL, request), Reply.Execute.class);
        assertEquals("value of x + 1", reply.userExpressions().get("a").value().data().get("text/plain"));
        assertEquals("FakeError", reply.userExpressions().get("b").failure().ename());
    }

    @Test
    void questionMarkPagesTheDocumentation() throws InterruptedException {
        Reply.Execute reply = reply(run(Channel.SHELL, Request.Execute.of("Known.thing?")), Reply.Execute.class);
        assertEquals(Reply.Status.OK, reply.status());
        assertEquals("docs of Known.thing", reply.pages().get(0).data().get("text/plain"));
        Reply.Execute missing = reply(run(Channel.SHELL, Request.Execute.of("?Nope")), Reply.Execute.class);
        assertTrue(missing.pages().get(0).data().get("text/plain").contains("No documentation found for Nope"));
    }

    @Test
    void helpQueriesAndExitAreCompleteSoAConsoleRunsThemOnEnter() throws InterruptedException {
        for (String code : List.of("String?", "?String", "java.util.List ?", "exit", "quit()")) {
            assertEquals("complete", reply(run(Channel.SHELL, new Request.IsComplete(code)), Reply.IsComplete.class)
                    .completeness(), code);
        }
        assertEquals("incomplete", reply(run(Channel.SHELL, new Request.IsComplete("a > 0 ?")), Reply.IsComplete.class)
                .completeness(), "the interpreter still decides for code that is no help query");
    }

    @Test
    void exitAsksTheFrontEndToCloseAndSaysWhatANotebookDoes() throws InterruptedException {
        for (String code : List.of("exit", " quit ", "exit()", "quit();")) {
            List<Sent> sent = run(Channel.SHELL, Request.Execute.of(code));
            Reply.Execute reply = reply(sent, Reply.Execute.class);
            assertTrue(reply.askExit(), code);
            assertEquals(Reply.Status.OK, reply.status());
            assertTrue(reply(sent, IoPub.Stream.class).text().contains("File > Close and Halt"), code);
        }
        int before = interpreter.executed;
        assertFalse(reply(run(Channel.SHELL, Request.Execute.of("exits")), Reply.Execute.class).askExit());
        assertFalse(reply(run(Channel.SHELL, Request.Execute.of("exit(3)")), Reply.Execute.class).askExit());
        assertEquals(before + 2, interpreter.executed, "other code runs as code");
    }

    @Test
    void completeClampsACursorPastTheEnd() throws InterruptedException {
        Reply.Complete reply = reply(run(Channel.SHELL, new Request.Complete("abc", 99)), Reply.Complete.class);
        assertEquals(3, reply.cursorStart());
        assertEquals(List.of("alpha", "beta"), reply.matches());
        Reply.Complete negative = reply(run(Channel.SHELL, new Request.Complete("abc", -5)), Reply.Complete.class);
        assertEquals(0, negative.cursorStart());
    }

    @Test
    void isCompleteAnswersAllThreeStates() throws InterruptedException {
        assertEquals("complete", reply(run(Channel.SHELL, new Request.IsComplete("x;")), Reply.IsComplete.class)
                .completeness());
        Reply.IsComplete incomplete = reply(run(Channel.SHELL, new Request.IsComplete("class A {")),
                Reply.IsComplete.class);
        assertEquals("incomplete", incomplete.completeness());
        assertEquals("    ", incomplete.indent());
        assertEquals("invalid", reply(run(Channel.SHELL, new Request.IsComplete(")")), Reply.IsComplete.class)
                .completeness());
    }

    @Test
    void inspectReportsWhetherDocsWereFound() throws InterruptedException {
        assertTrue(reply(run(Channel.SHELL, new Request.Inspect("Known", 5, 0)), Reply.Inspect.class).found());
        assertFalse(reply(run(Channel.SHELL, new Request.Inspect("other", 5, 0)), Reply.Inspect.class).found());
    }

    @Test
    void historyAnswersTailRangeAndSearch() throws InterruptedException {
        for (String code : List.of("a1", "b2", "a3", "a3")) {
            run(Channel.SHELL, Request.Execute.of(code));
        }
        Reply.History tail = reply(run(Channel.SHELL,
                new Request.History(true, true, "tail", 0, 0, 0, 2, null, false)), Reply.History.class);
        assertEquals(List.of("a3", "a3"), tail.history().stream().map(Reply.HistoryEntry::input).toList());
        assertEquals("a3", tail.history().get(0).output());

        Reply.History range = reply(run(Channel.SHELL,
                new Request.History(false, true, "range", 1, 2, 3, 0, null, false)), Reply.History.class);
        assertEquals(1, range.history().size());
        assertEquals(2, range.history().get(0).line());
        assertEquals("b2", range.history().get(0).input());

        Reply.History unique = reply(run(Channel.SHELL,
                new Request.History(false, true, "search", 0, 0, 0, 0, "a*", true)), Reply.History.class);
        assertEquals(List.of("a1", "a3"), unique.history().stream().map(Reply.HistoryEntry::input).toList());
        Reply.History lastOne = reply(run(Channel.SHELL,
                new Request.History(false, true, "search", 0, 0, 0, 1, "a?", false)), Reply.History.class);
        assertEquals(4, lastOne.history().get(0).line());
    }

    @Test
    void unknownMessageGetsBusyIdleButNoReply() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, new Request.Unknown("frobnicate_request"));
        assertEquals(List.of("status", "status"), types(sent));
    }

    @Test
    void malformedRequestIsAnsweredWithABadRequestError() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, new Request.Malformed("complete_request", "field 'code' is required"));
        Reply.Bare reply = reply(sent, Reply.Bare.class);
        assertEquals("complete_reply", reply.msgType());
        assertEquals("BadRequest", reply.failure().ename());
    }

    @Test
    void aCrashingInterpreterIsAnsweredAndTheKernelKeepsServing() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, Request.Execute.of("crash"));
        Reply.Execute crashed = reply(sent, Reply.Execute.class);
        assertEquals(Reply.Status.ERROR, crashed.status());
        assertEquals("InternalError", crashed.failure().ename());
        IoPub.Error shown = reply(sent, IoPub.Error.class);
        assertTrue(String.join("\n", shown.traceback()).contains("not in your code"), shown.traceback().toString());
        Reply.Bare completion = reply(run(Channel.SHELL, new Request.Complete("crash", 5)), Reply.Bare.class);
        assertEquals("InternalError", completion.failure().ename());
        assertEquals(Reply.Status.OK, reply(run(Channel.SHELL, Request.Execute.of("print ok")), Reply.Execute.class)
                .status());
    }

    @Test
    void anErrorThrownByTheInterpreterDoesNotEndTheShellThread() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            List<Sent> sent = run(Channel.SHELL, Request.Execute.of("error"));
            assertEquals("InternalError", reply(sent, Reply.Bare.class).failure().ename());
            IoPub.Error shown = reply(sent, IoPub.Error.class);
            assertFalse(shown.traceback().isEmpty(), "Notebook 6 and the console draw an error from its traceback");
            assertTrue(shown.evalue().contains("still running"), shown.evalue());
        }
        assertEquals(Reply.Status.OK, reply(run(Channel.SHELL, Request.Execute.of("print ok")), Reply.Execute.class)
                .status());
    }

    @Test
    void everyErrorSentHasATracebackThatNamesItInRedAndSaysWhatHappened() throws InterruptedException {
        List<Sent> bare = run(Channel.SHELL, Request.Execute.of("failbare the engine exited"));
        IoPub.Error error = reply(bare, IoPub.Error.class);
        assertEquals(List.of(ErrorLines.RED + "BareError" + ErrorLines.RESET + ": the engine exited"), error.traceback());
        assertEquals(error.traceback(), reply(bare, Reply.Execute.class).failure().traceback());

        List<Sent> withLines = run(Channel.SHELL, Request.Execute.of("fail boom"));
        assertEquals(List.of(ErrorLines.RED + "FakeError" + ErrorLines.RESET + ": boom", "line 1"),
                reply(withLines, IoPub.Error.class).traceback(), "a traceback without the message gets it first");

        List<Sent> sent = new java.util.ArrayList<>();
        sent.addAll(run(Channel.SHELL, Request.Execute.of("crash")));
        sent.addAll(run(Channel.SHELL, new Request.Complete("crash", 5)));
        sent.addAll(run(Channel.SHELL, new Request.Malformed("inspect_request", "field 'code' is required")));
        sent.addAll(run(Channel.SHELL, new Request.Execute("1", false, true, Map.of("bad", "fail"), false, true)));
        for (Sent s : sent) {
            List<List<String>> tracebacks = switch (s.content()) {
                case IoPub.Error e -> List.of(e.traceback());
                case Reply.Execute r when r.failure() != null -> List.of(r.failure().traceback());
                case Reply.Execute r -> r.userExpressions().values().stream()
                        .filter(x -> x.failure() != null).map(x -> x.failure().traceback()).toList();
                case Reply.Bare r when r.failure() != null -> List.of(r.failure().traceback());
                default -> List.<List<String>>of();
            };
            tracebacks.forEach(t -> assertFalse(t.isEmpty(), "an error with an empty traceback: " + s.content()));
        }
        assertTrue(sent.stream().anyMatch(s -> s.content() instanceof Reply.Bare b && b.failure() != null),
                "the sample must hold a failed reply other than execute_reply");
    }

    @Test
    void commOpenForAnUnknownTargetIsClosedAndCommInfoIsEmpty() throws InterruptedException {
        List<Sent> sent = run(Channel.SHELL, new Request.CommOpen("c1", "jupyter.widget", "{}"));
        assertEquals("c1", reply(sent, IoPub.CommClose.class).commId());
        assertTrue(reply(run(Channel.SHELL, new Request.CommInfo(null)), Reply.CommInfo.class).comms().isEmpty());
    }

    @Test
    void kernelInfoIsAnsweredOnShellAndControl() throws InterruptedException {
        for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL)) {
            List<Sent> sent = run(channel, new Request.KernelInfo());
            Reply.KernelInfo info = reply(sent, Reply.KernelInfo.class);
            assertEquals("5.3", info.protocolVersion());
            assertEquals("fake", info.languageInfo().name());
            assertFalse(info.helpLinks().isEmpty());
        }
    }

    @Test
    void inputRequestGoesToStdinAndTheAnswerReachesTheCell() throws InterruptedException {
        Message cell = transport.deliver(Channel.SHELL,
                new Request.Execute("ask name?", false, true, Map.of(), true, true));
        Sent asked = transport.await(s -> s.content() instanceof IoPub.InputRequest, TIMEOUT);
        assertEquals(Channel.STDIN, asked.channel());
        assertEquals("name?", ((IoPub.InputRequest) asked.content()).prompt());
        transport.deliver(Channel.STDIN, new Request.InputReply("Ada"));
        List<Sent> sent = transport.awaitIdle(cell, TIMEOUT);
        assertEquals("got Ada\n", reply(sent, IoPub.Stream.class).text());
    }

    @Test
    void inputIsRefusedWhenTheClientDoesNotAllowStdin() throws InterruptedException {
        Reply.Execute reply = reply(run(Channel.SHELL, Request.Execute.of("ask name?")), Reply.Execute.class);
        assertEquals("StdinNotAllowed", reply.failure().ename());
    }

    @Test
    void shutdownRepliesThenReleasesAwaitShutdown() throws InterruptedException {
        List<Sent> sent = run(Channel.CONTROL, new Request.Shutdown(false));
        assertFalse(reply(sent, Reply.Shutdown.class).restart());
        assertTrue(kernel.awaitShutdown(TIMEOUT));
        kernel.close();
        assertTrue(transport.closed());
        assertTrue(interpreter.closed);
    }

    @Test
    void startingStatusIsAnnouncedWithoutParent() {
        Sent first = transport.all().get(0);
        assertInstanceOf(IoPub.Status.class, first.content());
        assertEquals("starting", ((IoPub.Status) first.content()).executionState());
        assertNotNull(first.message().header());
        assertEquals(null, first.message().parent());
    }
}
