package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ProcessProbe's programs and what its feedback says about the mistakes learners make with child processes,
 * without starting any process: the programs are built but never run, and their runs are fed the events a
 * child would report. The probes that do start processes are proven by lesson 05's fixtures.
 */
final class ProcessProbeTest {

    /** A view of a machine where no process runs. */
    private static final ProcessView NO_PROCESSES = new ProcessView() {
        @Override
        public boolean alive(long pid) {
            return false;
        }

        @Override
        public CompletableFuture<?> onExit(long pid) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void kill(long pid) {
        }

        @Override
        public Optional<Boolean> owns(long pid, Socket socket) {
            return Optional.empty();
        }

        @Override
        public Optional<List<String>> arguments(long pid) {
            return Optional.empty();
        }

        @Override
        public Map<Long, List<String>> descendants() {
            return Map.of();
        }
    };

    private final ProcessProbe probe = new ProcessProbe("output", NO_PROCESSES);

    @AfterEach
    void close() {
        probe.close();
    }

    @Test
    void aProgramKnowsExactlyWhatItPrintsAndHowItEnds() {
        ProbeProgram broken = probe.program("broken").prints(130).warns("error: no such file").exits(3);

        assertEquals(130, broken.stdout().length());
        assertTrue(broken.stdout().startsWith("out line 1 "), broken.stdout());
        assertEquals("error: no such file\n", broken.stderr());
        assertEquals(3, broken.exitCode());
        assertEquals("broken", broken.name());
        assertEquals(-1, probe.program("stuck").hangs().exitCode());
        assertEquals(0, probe.program("quiet").exitCode());
    }

    @Test
    void anAnswerThatGaveUpBeforeItsLimitIsToldSoAndOneThatWaitedTheLimitOrLongerIsNot() {
        String early = ProcessFeedback.waitedAtLeast("runWithTimeout", Duration.ofSeconds(2), Duration.ofMillis(310))
                .orElseThrow();
        assertTrue(early.startsWith("runWithTimeout gave up 310 ms after it was called, before the limit of 2 s had"
                + " passed"), early);
        assertEquals(Optional.empty(), ProcessFeedback.waitedAtLeast("runWithTimeout", Duration.ofSeconds(2),
                Duration.ofSeconds(2)));
        assertEquals(Optional.empty(), ProcessFeedback.waitedAtLeast("runWithTimeout", Duration.ofSeconds(2),
                Duration.ofSeconds(9)), "a busy machine only makes a call longer");
    }

    @Test
    void numberedLinesAreSixtyFourBytesEach() {
        String text = ProbeProgram.text("err", 128);

        assertEquals(128, text.length());
        assertEquals(List.of("err line 1 " + ".".repeat(52), "err line 2 " + ".".repeat(52)), text.lines().toList());
    }

    private static final Pattern SECRET = Pattern.compile("(?<!\\p{Alnum})737(?!\\p{Alnum})");

    @Test
    void theCommandGivesAwayNothingOfWhatTheProgramWillDo() {
        ProbeProgram game = probe.program("game").guessGame(737);
        ProbeProgram broken = probe.program("broken").printsLine("reading data.csv").warns("error: no such file").exits(3);

        for (ProbeProgram program : List.of(game, broken)) {
            List<String> args = program.command();
            // 737 standing alone: the command's random tokens (hex) hold those digits in about 1 run in 300
            assertTrue(args.stream().noneMatch(a -> SECRET.matcher(a).find() || a.contains("data.csv") || a.contains("no such file")
                    || a.startsWith("exit:") || a.startsWith("game:")), args.toString());
        }
    }

    @Test
    void theCommandRunsTheProbeChildOnThisJdkAndFreezesTheProgram() {
        ProbeProgram quick = probe.program("quick").exits(7);
        List<String> command = quick.command();

        assertTrue(command.getFirst().endsWith("java"), command.toString());
        assertTrue(command.contains(ProbeChild.class.getName()), command.toString());
        assertTrue(command.stream().anyMatch(a -> a.contains(quick.token())), command.toString());
        assertEquals(command, quick.command());
        assertThrows(IllegalStateException.class, () -> quick.prints(64));
    }

    @Test
    void aProgramEndsOnceAndWrongSettingsAreRefused() {
        ProbeProgram done = probe.program("done").exits(1);

        assertThrows(IllegalStateException.class, done::hangs);
        assertThrows(IllegalArgumentException.class, () -> probe.program("empty").prints(0));
        assertThrows(IllegalArgumentException.class, () -> probe.patience(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> probe.atOnce(0));
        assertThrows(IllegalArgumentException.class, () -> ProcessProbe.of("  "));
    }

    @Test
    void anExceptionWithTheExitCodeAndTheLastLineOfStderrIsRight() {
        ProgramRun run = started(probe.program("broken").printsLine("reading").warns("error: data.csv missing").exits(3));

        assertEquals(Optional.empty(), ProcessFeedback.failure("output", run, null,
                new IOException("exited with code 3: error: data.csv missing\n")));
        assertEquals(Optional.empty(), ProcessFeedback.failure("output", run, null,
                new RuntimeException("wrapped", new IOException("code=3; stderr=error: data.csv missing"))));
    }

    @Test
    void anExceptionWithoutTheExitCodeOrStderrIsNamed() {
        ProgramRun run = started(probe.program("broken").warns("error: data.csv missing").exits(3));

        String neither = ProcessFeedback.failure("output", run, null, new IOException("it failed")).orElseThrow();
        assertTrue(neither.contains("lacks the exit code 3 and what the program wrote on stderr"), neither);
        String noStderr = ProcessFeedback.failure("output", run, null, new IOException("exit code 3")).orElseThrow();
        assertTrue(noStderr.contains("lacks what the program wrote on stderr"), noStderr);
        String code13 = ProcessFeedback.failure("output", run, null,
                new IOException("exit 13: error: data.csv missing")).orElseThrow();
        assertTrue(code13.contains("lacks the exit code 3"), code13);
    }

    @Test
    void aFailureReturnedAsIfAllWasWellOrReadWithExitValueIsNamed() {
        ProgramRun run = started(probe.program("broken").warns("bad").exits(2));

        String returned = ProcessFeedback.failure("output", run, "", null).orElseThrow();
        assertTrue(returned.contains("as if all was well"), returned);
        String tooSoon = ProcessFeedback.failure("output", run, null,
                new IllegalThreadStateException("process hasn't exited")).orElseThrow();
        assertTrue(tooSoon.contains("exitValue() does not wait"), tooSoon);
    }

    @Test
    void outputIsComparedExactlyAndANeverStartedProgramIsNamed() {
        ProbeProgram big = probe.program("big").prints(256);
        ProgramRun notYet = run(big);
        String never = ProcessFeedback.output("output", notYet, "").orElseThrow();
        assertTrue(never.contains("never started the program big"), never);

        ProgramRun run = started(big);
        assertEquals(Optional.empty(), ProcessFeedback.output("output", run, big.stdout()));
        assertEquals(Optional.empty(), ProcessFeedback.output("output", run, big.stdout().replace("\n", "\r\n")));
        assertTrue(ProcessFeedback.output("output", run, big.stdout().substring(0, 128)).isPresent());
        assertTrue(ProcessFeedback.output("output", run, null).orElseThrow().contains("returned null"));
    }

    @Test
    void aFullPipeWhileInWaitForIsCalledADeadlockAndTheAdviceIsToReadFirst() {
        ProgramRun run = started(probe.program("big").prints(1 << 20));
        String text = ProcessFeedback.rescue("output",
                new ProcessWatch.Rescue(ProcessWatch.Kind.PIPE_FULL, run, "out", 65_536, "waitFor()"), 2_000);

        assertTrue(text.contains("which filled the pipe"), text);
        assertTrue(text.contains("Read the program's output while it runs, before waitFor()"), text);
        String stderrFull = ProcessFeedback.rescue("output",
                new ProcessWatch.Rescue(ProcessWatch.Kind.PIPE_FULL, run, "err", 65_536, "a read of stdout"), 2_000);
        assertTrue(stderrFull.contains("Read stderr while you read stdout"), stderrFull);
    }

    @Test
    void aWaitWithNoLimitIsNamed() {
        ProgramRun run = started(probe.program("stuck").hangs());
        String text = ProcessFeedback.rescue("runWithTimeout",
                new ProcessWatch.Rescue(ProcessWatch.Kind.NO_LIMIT, run, "", 0, "waitFor()"), 2_000);

        assertTrue(text.contains("with no time limit"), text);
        assertTrue(text.contains("waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)"), text);
    }

    @Test
    void aWaitFarPastTheLimitIsNamedWithTheLimitAndTheUnit() {
        ProgramRun run = started(probe.program("stuck").hangs());
        String text = ProcessFeedback.rescue("runWithTimeout", new ProcessWatch.Rescue(ProcessWatch.Kind.PAST_LIMIT, run,
                null, 0, "waitFor() (in runWithTimeout)", Duration.ofSeconds(2), Duration.ofMillis(12_030)), 2_000);

        assertTrue(text.startsWith("runWithTimeout was given 2 s for the program stuck, which never ends by itself, yet "
                + "12 s after it was called it was still in waitFor() (in runWithTimeout), long past the limit"), text);
        assertTrue(text.contains("waitFor(limit.toMillis(), TimeUnit.SECONDS) a thousand times as long"), text);
    }

    @Test
    void aLimitMustNotBeNegative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> probe.limit(Duration.ofSeconds(-1)));
        assertEquals("limit must not be negative, was PT-1S", e.getMessage());
    }

    @Test
    void programsLeftRunningAreNamedWithWhatToDo() {
        ProgramRun stopping = started(probe.program("server").hangs());
        stopping.stopping();

        String helper = ProcessFeedback.leftovers("runWithTimeout", Map.of(9_999L, "helper"), List.of(stopping))
                .orElseThrow();
        assertTrue(helper.contains("process.descendants()"), helper);
        String slow = ProcessFeedback.leftovers("runWithTimeout", Map.of(stopping.pid(), "server"), List.of(stopping))
                .orElseThrow();
        assertTrue(slow.contains("still stopping after destroy()"), slow);
        assertEquals(Optional.empty(), ProcessFeedback.leftovers("runWithTimeout", Map.of(), List.of(stopping)));
    }

    @Test
    void tooManyAtOnceAndOneAtATimeAreNamed() {
        List<ProgramRun> runs = List.of(started(probe.program("a").together()), started(probe.program("b").together()),
                started(probe.program("c").together()));

        String unbounded = ProcessFeedback.ranAtOnce("runAll", 2, runs, 3, 3, 3, ProcessWatch.ProcessWait.WAIT_FOR)
                .orElseThrow();
        assertTrue(unbounded.contains("without a bound"), unbounded);
        String serial = ProcessFeedback.ranAtOnce("runAll", 2, runs, 1, 1, 1, ProcessWatch.ProcessWait.WAIT_FOR)
                .orElseThrow();
        assertTrue(serial.contains("did you call waitFor() right after start()?"), serial);
        assertEquals(Optional.empty(), ProcessFeedback.ranAtOnce("runAll", 2, runs, 2, 2, 2,
                ProcessWatch.ProcessWait.WAIT_FOR));
    }

    @Test
    void everyProgramAtWorkAtTheGateIsNoBoundEvenWhenTheLastStartsBesideALingeringOne() {
        // a pool of a thread per command: the third program's JVM says hello only after the first closed its output
        ProgramRun a = run(probe.program("a").together());
        ProgramRun b = run(probe.program("b").together());
        ProgramRun c = run(probe.program("c").together());
        a.started(nextPid++, 10);
        b.started(nextPid++, 20);
        a.lingering(30);
        c.started(nextPid++, 40);
        List<ProgramRun> runs = List.of(a, b, c);

        String unbounded = ProcessFeedback.ranAtOnce("runAll", 2, runs, 2, 3, 3, ProcessWatch.ProcessWait.RUNNING)
                .orElseThrow();
        assertTrue(unbounded.contains("without a bound"), unbounded);
        assertFalse(unbounded.contains("call waitFor()"), unbounded);
        String neverWaited = ProcessFeedback.ranAtOnce("runAll", 2, runs, 2, 3, 2, ProcessWatch.ProcessWait.RUNNING)
                .orElseThrow();
        assertTrue(neverWaited.contains("call waitFor() before returning"), neverWaited);
    }

    @Test
    void outputsInFinishingOrderAreNamed() {
        List<ProgramRun> runs = List.of(started(probe.program("one").printsLine("result 1")),
                started(probe.program("two").printsLine("result 2")));

        assertEquals(Optional.empty(), ProcessFeedback.outputsInOrder("runAll", runs, List.of("result 1\n", "result 2\n")));
        String reversed = ProcessFeedback.outputsInOrder("runAll", runs, List.of("result 2\n", "result 1\n"))
                .orElseThrow();
        assertTrue(reversed.contains("last command first"), reversed);
        assertTrue(reversed.contains("Were the outputs put in backwards"), reversed); // no program has finished
        String short1 = ProcessFeedback.outputsInOrder("runAll", runs, List.of("result 1\n")).orElseThrow();
        assertTrue(short1.contains("returned 1 outputs for 2 commands"), short1);
    }

    @Test
    void sortedOutputsAreNamedAsSorted() {
        List<ProgramRun> runs = List.of(started(probe.program("two").printsLine("result 2")),
                started(probe.program("three").printsLine("result 3")), started(probe.program("one").printsLine("result 1")));

        String sorted = ProcessFeedback.outputsInOrder("runAll", runs, List.of("result 1\n", "result 2\n", "result 3\n"))
                .orElseThrow();
        assertTrue(sorted.contains("the outputs sorted, not in the order of the commands"), sorted);
        String reversed = ProcessFeedback.outputsInOrder("runAll", runs, List.of("result 1\n", "result 3\n", "result 2\n"))
                .orElseThrow();
        assertTrue(reversed.contains("last command first"), reversed);
    }

    @Test
    void threadsLeftBehindAreNamed() {
        Thread idle = Thread.ofPlatform().name("pool-7-thread-1").unstarted(() -> { });

        String text = ProcessFeedback.threadsLeft("runAll", List.of(idle)).orElseThrow();
        assertTrue(text.contains("pool-7-thread-1"), text);
        assertTrue(text.contains("try-with-resources"), text);
        assertEquals(Optional.empty(), ProcessFeedback.threadsLeft("runAll", List.of()));
    }

    private long nextPid = 1_000;

    @Test
    void aTimeoutThrownForAProgramNeverStartedIsNamedAsSuch() {
        ProbeProgram stuck = probe.program("stuck").hangs();
        var timeout = new java.util.concurrent.TimeoutException("too slow");

        String never = ProcessFeedback.threwForStarted("runWithTimeout", java.util.concurrent.TimeoutException.class,
                run(stuck), null, timeout).orElseThrow();
        assertTrue(never.contains("without ever starting the program stuck"), never);
        assertTrue(ProcessFeedback.started("runWithTimeout", run(stuck)).orElseThrow()
                .contains("without ever starting the program stuck"));

        ProgramRun ran = started(stuck);
        assertEquals(Optional.empty(), ProcessFeedback.threwForStarted("runWithTimeout",
                java.util.concurrent.TimeoutException.class, ran, null, timeout));
        assertEquals(Optional.empty(), ProcessFeedback.started("runWithTimeout", ran));
        String returned = ProcessFeedback.threwForStarted("runWithTimeout", java.util.concurrent.TimeoutException.class,
                ran, 0, null).orElseThrow();
        assertTrue(returned.contains("returned 0 for the program stuck"), returned);
    }

    private ProgramRun run(ProbeProgram program) {
        return new ProgramRun(program);
    }

    private ProgramRun started(ProbeProgram program) {
        ProgramRun run = run(program);
        run.started(nextPid++, System.nanoTime());
        return run;
    }
}
