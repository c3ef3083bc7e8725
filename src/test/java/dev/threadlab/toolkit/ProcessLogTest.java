package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conversation between a ProcessProbe's log and its programs, with the program's side played by this
 * JVM over a real loopback connection (no process is started): a program is known before it takes a step,
 * and once the log has settled every report sent before has been read.
 */
@Timeout(30)
final class ProcessLogTest {

    private static final long PID = 4242;

    /** A machine where the given processes are children of this JVM, each alive until {@link #exit} ends it. */
    private static final class Children implements ProcessView {
        private final Map<Long, CompletableFuture<Void>> exits = new java.util.HashMap<>();
        private final Map<Long, List<String>> commands = new java.util.HashMap<>();

        Children(long... pids) {
            for (long pid : pids) {
                exits.put(pid, new CompletableFuture<>());
            }
        }

        /** {@code pid} runs {@code command}. */
        void runs(long pid, List<String> command) {
            commands.put(pid, command);
        }

        void exit(long pid) {
            exits.get(pid).complete(null);
        }

        @Override
        public boolean alive(long pid) {
            return exits.containsKey(pid) && !exits.get(pid).isDone();
        }

        @Override
        public CompletableFuture<?> onExit(long pid) {
            return exits.get(pid);
        }

        @Override
        public void kill(long pid) {
            exit(pid);
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
            Map<Long, List<String>> alive = new java.util.HashMap<>();
            exits.forEach((pid, exit) -> {
                if (!exit.isDone()) {
                    alive.put(pid, commands.getOrDefault(pid, List.of()));
                }
            });
            return alive;
        }
    }

    private final Children machine = new Children(PID);

    @Test
    void aProgramIsKnownBeforeItsFirstStep() throws Exception {
        try (var log = new ProcessLog(machine)) {
            ProbeProgram game = new ProcessProbe("guess", machine).program("game");
            ProgramRun run = log.register(game);

            ProbeChild.Link.connect(log.port(), game.token(), PID, () -> { });

            assertEquals(List.of(PID), run.pids(), "connect() returns only once the log has taken the program in");
        }
    }

    @Test
    void aProgramSeenRunningBeforeItSaidHelloWasStartedByTheAnswerThoughItNeverReported() throws Exception {
        try (var log = new ProcessLog(machine)) {
            ProbeProgram stuck = new ProcessProbe("runWithTimeout", machine).program("stuck").hangs();
            ProgramRun run = log.register(stuck);
            log.seeLaunches();
            assertFalse(run.wasLaunched(), "nothing runs yet");
            assertTrue(ProcessFeedback.started("runWithTimeout", run).orElseThrow().contains("without ever starting"));

            machine.runs(PID, stuck.command()); // its JVM is still starting when the answer's limit passes
            log.seeLaunches();
            machine.exit(PID); // and the answer kills it before it could say hello

            assertFalse(run.wasStarted());
            assertTrue(run.wasLaunched());
            assertEquals(Optional.empty(), ProcessFeedback.started("runWithTimeout", run));
            assertEquals(Optional.empty(), ProcessFeedback.threwForStarted("runWithTimeout",
                    java.util.concurrent.TimeoutException.class, run, null,
                    new java.util.concurrent.TimeoutException("stuck was still running after 2000 ms")));
        }
    }

    @Test
    void afterSettlingEveryReportOfARunningProgramHasBeenRead() throws Exception {
        try (var log = new ProcessLog(machine)) {
            ProgramRun run = log.register(new ProcessProbe("guess", machine).program("game"));
            var link = ProbeChild.Link.connect(log.port(), run.program().token(), PID, () -> { });
            for (int guess = 500; guess < 510; guess++) {
                link.send("line " + guess);
            }
            link.send("eof");

            log.settle(Duration.ofSeconds(20));

            assertEquals(10, run.lines().size(), run.lines().toString());
            assertTrue(run.sawEndOfInput());
        }
    }

    @Test
    void aGuessGameStopsAnsweringAGuesserThatNeverStopsAndTheFeedbackSaysHow() throws Exception {
        try (var log = new ProcessLog(machine)) {
            ProgramRun run = log.register(new ProcessProbe("guess", machine).program("game").guessGame(737));
            var link = ProbeChild.Link.connect(log.port(), run.program().token(), PID, () -> { });
            var toGame = new java.io.PipedOutputStream();
            var gameIn = new java.io.PipedInputStream(toGame, 1 << 16);
            var gameOut = new java.io.PipedOutputStream();
            var fromGame = new BufferedReader(new InputStreamReader(new java.io.PipedInputStream(gameOut, 1 << 16),
                    StandardCharsets.UTF_8));
            var child = new ProbeChild(link, List.of("game:737", "exit:0"), gameIn, gameOut, java.io.OutputStream.nullOutputStream(),
                    code -> { }, List.of());
            CompletableFuture<Void> game = CompletableFuture.runAsync(() -> {
                try {
                    child.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int replies = 0;
            for (String reply = ""; reply != null; reply = fromGame.readLine()) { // low = middle: 736 for ever
                toGame.write("736\n".getBytes(StandardCharsets.UTF_8));
                toGame.flush();
                replies++;
            }
            toGame.close();
            game.get(20, TimeUnit.SECONDS);
            log.settle(Duration.ofSeconds(20));

            assertEquals(ProbeProgram.MOST_GUESSES + 1, replies, "every guess answered up to the most, then the end");
            assertTrue(run.sawEndOfInput());
            String feedback = ProcessFeedback.guessed("guess", run, 736, 10).orElseThrow();
            assertTrue(feedback.contains("so the program stopped answering") && feedback.contains("the same guess again "
                    + "and again") && feedback.contains("low = guess + 1"), feedback);
        }
    }

    @Test
    void guessesThatLeaveTheRangeAreToldToCompareTheRepliesWithEquals() throws Exception {
        try (var log = new ProcessLog(machine)) {
            ProgramRun run = log.register(new ProcessProbe("guess", machine).program("game").guessGame(737));
            var link = ProbeChild.Link.connect(log.port(), run.program().token(), PID, () -> { });
            for (int guess = 0; guess < ProbeProgram.MOST_GUESSES; guess++) {
                link.send("line " + (guess < 10 ? 500 >> guess : 0)); // always lower, down to 0 and on
            }
            link.send("eof");
            log.settle(Duration.ofSeconds(20));

            String feedback = ProcessFeedback.guessed("guess", run, 0, 10).orElseThrow();
            assertTrue(feedback.contains("Compare each reply with equals()"), feedback);
        }
    }

    @Test
    void afterSettlingAProgramThatIsGoneHasItsLastReportsAndItsEnd() throws Exception {
        try (var log = new ProcessLog(machine)) {
            ProgramRun run = log.register(new ProcessProbe("guess", machine).program("game"));
            try (var socket = new Socket(InetAddress.getLoopbackAddress(), log.port());
                    var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("hello " + run.program().token() + " " + PID + "\n");
                out.flush();
                assertEquals("welcome", in.readLine());
                out.write("line 500\nline 750\n");
                out.flush();
            } // the program is killed: its connection closes with its last reports unread
            machine.exit(PID);

            log.settle(Duration.ofSeconds(20));

            assertEquals(List.of("500", "750"), run.lines());
            assertTrue(run.hasEnded());
        }
    }

    @Test
    void atTheGateTheProgramMadeFirstGoesOnlyOnceTheOneMadeLastHasExitedNotWhenItClosedItsOutput() throws Exception {
        var machine = new Children(PID, PID + 1);
        try (var log = new ProcessLog(machine)) {
            ProcessProbe probe = new ProcessProbe("runAll", machine);
            ProgramRun first = log.register(probe.program("job 1").together());
            ProgramRun second = log.register(probe.program("job 2").together());
            var firstLink = ProbeChild.Link.connect(log.port(), first.program().token(), PID, () -> { });
            var secondLink = ProbeChild.Link.connect(log.port(), second.program().token(), PID + 1, () -> { });
            // a thread of its own: the common pool has one worker on two cores, which an earlier test's task may hold
            var firstGone = new CompletableFuture<Void>();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    firstLink.gate();
                    firstGone.complete(null);
                } catch (InterruptedException e) {
                    firstGone.completeExceptionally(e);
                }
            });
            secondLink.gate(); // both are there: the one made last goes first

            secondLink.send("lingering"); // its output is closed, and it runs on a while
            log.settle(Duration.ofSeconds(20));
            assertFalse(firstGone.isDone(), "job 1 was let go while job 2 had closed its output but not exited");

            secondLink.send("exit 0");
            firstGone.get(20, TimeUnit.SECONDS);
        }
    }
}
