package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a {@link ProcessProbe} tells the learner: the mistake it saw with child processes (a pipe nobody
 * read, a wait with no limit, an unflushed writer, a process left running, one killed without its
 * helper, output mixed with stderr, an exit code ignored), in their terms, then what to do. Each method
 * answers empty when the requirement held. Stateless.
 */
final class ProcessFeedback {

    private ProcessFeedback() {
    }

    /** Why the watch had to end a wait the answer could never end. */
    static String rescue(String answer, ProcessWatch.Rescue r, long patienceMillis) {
        String seconds = Text.duration(java.time.Duration.ofMillis(patienceMillis));
        return switch (r.kind()) {
            case PIPE_FULL -> {
                String stream = r.stream().equals("err") ? "stderr" : "stdout";
                String other = r.stream().equals("err") ? "stdout" : "stderr";
                String head = "the program " + r.run().name() + " wrote " + Text.count(r.written()) + " bytes on " + stream
                        + ", which filled the pipe, then waited " + seconds + " for someone to read them, while "
                        + answer + " was in " + r.callerWait() + ": each waited for the other, a deadlock. The check "
                        + "stopped the program. ";
                yield head + (r.callerWait().startsWith("waitFor")
                        ? "Read the program's output while it runs, before waitFor(): waitFor() only returns once the "
                                + "program has ended, and it cannot end while its output is not read."
                        : "Read " + stream + " while you read " + other + ": one of them on another thread (or "
                                + "CompletableFuture.supplyAsync with an executor), or send it to a file with "
                                + "redirectError(...). Reading one to its end first blocks when the program fills the "
                                + "other.");
            }
            case PAST_LIMIT -> answer + " was given " + Text.duration(r.limit()) + " for the program " + r.run().name()
                    + ", which never ends by itself, yet " + Text.duration(r.after()) + " after it was called it was still "
                    + (r.callerWait().isEmpty() ? "at work" : "in " + r.callerWait()) + ", long past the limit, so the "
                    + "check killed the program. Does each number agree with its unit? waitFor(limit.toMillis(), "
                    + "TimeUnit.MILLISECONDS) waits the limit; waitFor(limit.toMillis(), TimeUnit.SECONDS) a thousand "
                    + "times as long.";
            case NO_LIMIT -> answer + " waited for the program " + r.run().name() + ", which never ends by itself, "
                    + "with no time limit: it was in " + r.callerWait() + " for " + seconds + " and would have waited "
                    + "forever, so the check killed the program. " + (r.callerWait().startsWith("a read")
                    ? "Reading its output to the end waits until the program ends too. "
                    : "") + "Wait with a limit: process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) returns false "
                    + "when the time is up, and then it is yours to stop the program.";
            case NOT_FLUSHED -> {
                List<String> lines = r.run().lines();
                yield (lines.isEmpty() ? answer + "'s first guess never reached the program"
                        : "after its reply to " + lines.getLast().strip() + ", " + answer + "'s next guess never reached "
                                + "the program") + ": it waited " + seconds + " for a line while " + answer + " waited in "
                        + r.callerWait() + " for the reply. What you write to a BufferedWriter (process.outputWriter()) "
                        + "stays in its buffer until the buffer is full or you call flush(): flush() after every guess, "
                        + "and end each guess with a line break (newLine() or \"\\n\"). The check stopped the program.";
            }
            case NOT_CLOSED -> "the game was over (the program had answered correct), and the program waited " + seconds
                    + " for its input to end while " + answer + " waited in " + r.callerWait() + " for it to exit: "
                    + "each waited for the other. Close the program's input to say you are done (close() on its "
                    + "outputWriter(), or getOutputStream().close()), then wait for it. The check stopped the program.";
            case SLEPT_AFTER_EXIT -> answer + " went on sleeping (Thread.sleep" + (r.callerWait().isEmpty() ? ""
                    : " in " + r.callerWait()) + ") for " + seconds + " after the program had ended, so the check "
                    + "interrupted it: a sleep only guesses how long a program takes. waitFor(limit, unit) returns as "
                    + "soon as the program ends (true), or when the limit has passed (false).";
        };
    }

    /** Empty when {@code returned} is what {@code program} printed on stdout (line breaks as any platform writes them). */
    static Optional<String> output(String answer, ProgramRun run, String returned) {
        ProbeProgram p = run.program();
        if (!run.wasStarted()) {
            return Optional.of(answer + " never started the program " + p.name() + ": new ProcessBuilder(command)"
                    + ".start() starts it.");
        }
        if (returned == null) {
            return Optional.of(answer + " returned null instead of what the program printed.");
        }
        String got = normal(returned);
        String expected = normal(p.stdout());
        if (got.equals(expected)) {
            return Optional.empty();
        }
        String size = "it printed " + Text.count(expected.length()) + " characters on stdout, " + answer + " returned "
                + Text.count(got.length());
        String err = normal(p.stderr()).strip();
        if (!err.isEmpty() && got.contains(err.lines().findFirst().orElse(err))) {
            return Optional.of(size + ", with what it wrote on stderr mixed in: redirectErrorStream(true) (or "
                    + "redirecting stderr into stdout) merges the two. Keep them apart: read getInputStream() for the "
                    + "output, getErrorStream() for the errors.");
        }
        if (!err.isEmpty() && got.equals(err)) {
            return Optional.of(answer + " returned what the program wrote on stderr, not its output: stdout is "
                    + "getInputStream() (the stream you read the program's output from), stderr getErrorStream().");
        }
        if (got.isEmpty()) {
            return Optional.of(size + ": the output never reached " + answer + ". Read it from the process's "
                    + "getInputStream() (getOutputStream() is the program's input), and do not inheritIO() or "
                    + "redirect it elsewhere.");
        }
        if (expected.startsWith(got)) {
            return Optional.of(size + ", only the beginning: "
                    + (got.indexOf('\n') == got.length() - 1 || !got.contains("\n") ? "readLine() reads one line. " : "")
                    + "Read to the end of the stream (readAllBytes(), or readLine() until it returns null).");
        }
        return Optional.of(size + ", and not the same text: the program's output starts \"" + Text.visible(
                Text.truncate(expected, 40)) + "\", " + answer + " returned \"" + Text.visible(Text.truncate(got, 40))
                + "\".");
    }

    /** Empty when {@code thrown} carries {@code program}'s exit code and the end of its stderr in its messages. */
    static Optional<String> failure(String answer, ProgramRun run, Object returned, Throwable thrown) {
        ProbeProgram p = run.program();
        String failed = "the program " + p.name() + " exited with code " + p.exitCode() + " after writing \""
                + Text.visible(Text.truncate(lastLine(p.stderr()), 60)) + "\" on stderr";
        if (!run.wasStarted()) {
            return Optional.of(thrown != null ? "Your code threw " + Watchdog.thrownText(thrown) + " before it started "
                    + "the program " + p.name() + "." : answer + " never started the program " + p.name()
                    + ": new ProcessBuilder(command).start() starts it.");
        }
        if (thrown == null) {
            return Optional.of(failed + ", yet " + answer + " returned " + describe(returned) + " as if all was well. "
                    + "waitFor() returns the exit code: when it is not 0, throw an exception that says what went wrong.");
        }
        List<Throwable> chain = chain(thrown);
        if (chain.stream().anyMatch(t -> t instanceof IllegalThreadStateException)) {
            return Optional.of(exitValueTooSoon(answer));
        }
        String messages = String.join("\n", chain.stream().map(t -> String.valueOf(t.getMessage())).toList());
        boolean code = Pattern.compile("(?<![\\d-])" + p.exitCode() + "(?!\\d)").matcher(messages).find();
        String last = lastLine(p.stderr());
        boolean err = normal(messages).contains(last);
        if (code && err) {
            return Optional.empty();
        }
        List<String> lacks = new ArrayList<>();
        if (!code) {
            lacks.add("the exit code " + p.exitCode());
        }
        if (!err) {
            lacks.add("what the program wrote on stderr (it ends \"" + Text.visible(Text.truncate(last, 60)) + "\")");
        }
        return Optional.of(failed + "; " + answer + " threw " + StackText.className(thrown.getClass())
                + "(\"" + Text.visible(Text.truncate(String.valueOf(StackText.withoutWrappers(thrown.getMessage())), 80))
                + "\"), whose message lacks " + String.join(" and ", lacks) + ". Read the program's stderr "
                + "(getErrorStream()) and put it, with the exit code, into the exception's message, so whoever "
                + "catches it can tell what went wrong.");
    }

    /** Empty when the answer started {@code run}'s program (it reported to the probe, or was seen running). */
    static Optional<String> started(String answer, ProgramRun run) {
        if (run.wasLaunched()) {
            return Optional.empty();
        }
        return Optional.of(answer + " returned or threw without ever starting the program " + run.name()
                + ": nothing it says can be about a program that did not run. Start it (new ProcessBuilder(command)"
                + ".start()), then wait for it and stop it as the exercise asks.");
    }

    /** Empty when the answer threw {@code type} for {@code run}'s program, which it had started. */
    static Optional<String> threwForStarted(String answer, Class<? extends Throwable> type, ProgramRun run,
            Object returned, Throwable thrown) {
        if (!run.wasLaunched() && thrown != null && chain(thrown).stream().anyMatch(type::isInstance)) {
            return Optional.of(answer + " threw a " + type.getSimpleName() + " without ever starting the program "
                    + run.name() + ": that exception is only true of a program that ran for the limit. Start it (new "
                    + "ProcessBuilder(command).start()), wait for it, and stop it if it is still running.");
        }
        return threw(answer, type, run.name(), returned, thrown);
    }

    /** Empty when the answer's call ({@code took}) lasted at least the {@code limit} it was given. */
    static Optional<String> waitedAtLeast(String answer, Duration limit, Duration took) {
        if (took.compareTo(limit) >= 0) {
            return Optional.empty();
        }
        return Optional.of(answer + " gave up " + Text.duration(took) + " after it was called, before the limit of "
                + Text.duration(limit) + " had passed: a program is only late once its limit has passed. Wait for it"
                + " with waitFor(limit, unit), and stop it only when that returns false.");
    }

    /** Empty when {@code thrown} is (or is caused by) {@code type}; {@code hung} names the program that never ends. */
    static Optional<String> threw(String answer, Class<? extends Throwable> type, String hung, Object returned,
            Throwable thrown) {
        if (thrown != null && chain(thrown).stream().anyMatch(type::isInstance)) {
            return Optional.empty();
        }
        String name = type.getSimpleName();
        if (thrown == null) {
            return Optional.of(answer + " returned " + describe(returned) + " for the program " + hung + ", which was "
                    + "still running when the limit passed: stop it, then throw a " + name + " (throw new " + name
                    + "(\"…\")) so that the caller knows it did not finish.");
        }
        return Optional.of(answer + " threw " + StackText.className(thrown.getClass()) + "(\""
                + Text.visible(Text.truncate(String.valueOf(StackText.withoutWrappers(thrown.getMessage())), 80))
                + "\") for the program " + hung + ", which was still running when the limit passed: throw a " + name
                + " instead, once the program is stopped.");
    }

    /** Empty when {@code returned} is {@code program}'s exit code. */
    static Optional<String> exitCode(String answer, ProgramRun run, int returned) {
        ProbeProgram p = run.program();
        if (!run.wasStarted()) {
            return Optional.of(answer + " never started the program " + p.name() + ".");
        }
        if (returned == p.exitCode()) {
            return Optional.empty();
        }
        if (run.wasKilledByProbe() || run.exitReported() == null) {
            return Optional.of(answer + " returned " + returned + ", but the program " + p.name() + " never got to "
                    + "exit with its code " + p.exitCode() + ": it was stopped before it ended, though it ends at once by "
                    + "itself. Stop a program only when its time is up.");
        }
        return Optional.of(answer + " returned " + returned + "; the program " + p.name() + " exited with code "
                + p.exitCode() + ". waitFor() (and waitFor(limit, unit) followed by exitValue()) give the exit code.");
    }

    /** Empty when nothing was alive; else which processes were left, and why that matters. */
    static Optional<String> leftovers(String answer, Map<Long, String> left, List<ProgramRun> runs) {
        if (left.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        String advice = "";
        for (var e : left.entrySet()) {
            ProgramRun run = runs.stream().filter(r -> r.pids().contains(e.getKey())).findFirst().orElse(null);
            String what = e.getValue() + " (pid " + e.getKey() + ")";
            if (run == null) {
                parts.add(what);
                advice = "killing a process does not kill the processes it started: kill its descendants too "
                        + "(process.descendants().forEach(ProcessHandle::destroyForcibly)) before the process itself, "
                        + "then wait until they are gone.";
            } else if (run.wasAskedToStop()) {
                parts.add(what + ", which was still stopping after destroy() asked it to");
                advice = advice.isEmpty() ? "destroy() only asks a program to stop, and this one takes its time: wait "
                        + "for it (waitFor()) before returning, or use destroyForcibly()." : advice;
            } else if (run.sawEndOfInput() || run.isLingering()) {
                parts.add(what + ", which had " + (run.sawEndOfInput() ? "seen its input closed" : "closed its output")
                        + " but not exited yet");
                advice = advice.isEmpty() ? "call waitFor() before returning: it returns once the program has ended."
                        : advice;
            } else if (run.program().secret() != null) {
                parts.add(what + ", which was still waiting for input");
                advice = advice.isEmpty() ? "close its input (close() on its outputWriter()) to end the conversation, "
                        + "then waitFor() it." : advice;
            } else {
                parts.add(what);
                advice = advice.isEmpty() ? "wait for every process you start (waitFor()), and stop one whose time "
                        + "is up (destroyForcibly(), then waitFor())." : advice;
            }
        }
        return Optional.of(answer + " left " + (left.size() == 1 ? "a process" : left.size() + " processes")
                + " running when it returned: " + String.join("; ", parts) + ". " + advice + " The check killed "
                + (left.size() == 1 ? "it." : "them."));
    }

    /** Why exitValue() threw: it does not wait. */
    static String exitValueTooSoon(String answer) {
        return answer + " threw IllegalThreadStateException: exitValue() does not wait, and the program had not "
                + "exited yet. Call waitFor(), which waits for the program to end and returns its exit code (or "
                + "waitFor(limit, unit), and exitValue() only once it returned true).";
    }

    /** Empty when no thread is left; else the threads, named. */
    static Optional<String> threadsLeft(String answer, List<Thread> left) {
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answer + " left " + (left.size() == 1 ? "a thread" : left.size() + " threads") + " running "
                + "after it returned (" + ProbeFacts.names(left, 4) + "): an executor that is never closed keeps its "
                + "threads alive. Open it in try-with-resources (try (var pool = ...) { ... }): close() waits for "
                + "the tasks, then ends the threads.");
    }

    /**
     * Empty when {@code together} programs ran at once and never more than {@code atOnce}. {@code peakAtGate} is
     * the most programs at work (started or starting, not lingering) seen as the gate let programs go: more than
     * {@code atOnce} there means they were all started at once, whatever the order they said hello in.
     */
    static Optional<String> ranAtOnce(String answer, int atOnce, List<ProgramRun> runs, int peakTogether, int peakRunning,
            int peakAtGate, ProcessWatch.ProcessWait mostlyIn) {
        int n = runs.size();
        List<ProgramRun> never = runs.stream().filter(r -> !r.wasStarted()).toList();
        if (!never.isEmpty()) {
            return Optional.of(answer + " never started " + names(never) + ": it must run every command it is given.");
        }
        List<ProgramRun> twice = runs.stream().filter(r -> r.pids().size() > 1).toList();
        if (!twice.isEmpty()) {
            return Optional.of(answer + " started " + names(twice) + " more than once: run each command exactly once.");
        }
        List<ProgramRun> lingered = runs.stream().filter(ProgramRun::isLingering).toList();
        if (peakRunning > atOnce && !lingered.isEmpty() && Math.max(peakAtWork(runs), peakAtGate) <= atOnce) {
            // Over the bound only while programs that had closed their output ran on: the answer read each
            // output to its end and went on without waiting for the program itself. Not when more were already
            // at work at the gate: a pool of a thread per command starts them all at once, and the last one's
            // JVM may say hello only after the first closed its output.
            return Optional.of(peakRunning + " of the " + n + " programs ran at the same time, but at most " + atOnce
                    + " may: " + names(lingered) + " closed " + (lingered.size() == 1 ? "its" : "their")
                    + " output and ran on a moment before exiting, and the next program started meanwhile. Reading a"
                    + " program's output to its end is not waiting for it: call waitFor() before returning, so that"
                    + " a thread starts its next program only once the last one has ended. (If you did, on a"
                    + " ForkJoinPool: it starts another thread while one of its threads waits in waitFor(), so it"
                    + " bounds nothing; use Executors.newFixedThreadPool(" + atOnce + ").)");
        }
        if (peakRunning > atOnce) {
            return Optional.of(peakRunning + " of the " + n + " programs ran at the same time, but at most " + atOnce
                    + " may: starting a process for every command at once, without a bound (a thread per command, "
                    + "or a pool of more than " + atOnce + " threads, is none), overloads the machine when there are "
                    + "many. Run them on a pool of " + atOnce + " threads (Executors.newFixedThreadPool("
                    + atOnce + ")), each starting a program and waiting for it, or guard each start with a "
                    + "Semaphore(" + atOnce + ").");
        }
        int target = Math.min(atOnce, n);
        if (peakTogether >= target) {
            return Optional.empty();
        }
        String head = "at most " + peakTogether + " of the " + n + " programs ran at the same time, but " + target
                + " should have (" + atOnce + " at once)";
        if (peakTogether <= 1 && mostlyIn == ProcessWatch.ProcessWait.WAIT_FOR) {
            return Optional.of(head + ": did you call waitFor() right after start()? That waits for each program "
                    + "before the next one starts. Let " + atOnce + " threads (a pool) each start a program and wait for "
                    + "it, so that " + atOnce + " run at once.");
        }
        if (peakTogether <= 1 && mostlyIn == ProcessWatch.ProcessWait.READ) {
            return Optional.of(head + ": reading a program's output to its end waits until that program ends, so "
                    + "each one ran only after the one before had finished. Start the programs from " + atOnce
                    + " threads at once (a pool), each reading its own program's output.");
        }
        return Optional.of(head + ": start them from " + atOnce + " threads at once (Executors.newFixedThreadPool("
                + atOnce + ")), each running one program at a time to its end.");
    }

    /** Empty when {@code outputs} are the programs' outputs in their order. */
    static Optional<String> outputsInOrder(String answer, List<ProgramRun> runs, List<String> outputs) {
        List<String> expected = runs.stream().map(r -> normal(r.program().stdout())).toList();
        if (outputs == null) {
            return Optional.of(answer + " returned null instead of a list of " + runs.size() + " outputs.");
        }
        List<String> got = outputs.stream().map(o -> o == null ? null : normal(o)).toList();
        if (got.equals(expected)) {
            return Optional.empty();
        }
        String shown = Text.listed(got.stream().map(o -> o == null ? "null" : Text.visible(o)).toList(), 6);
        String want = Text.listed(expected.stream().map(Text::visible).toList(), 6);
        List<ProgramRun> byEnd = runs.stream().filter(r -> r.exitReported() != null)
                .sorted(java.util.Comparator.comparingLong(ProgramRun::releasedAt)).toList();
        List<String> finishing = byEnd.stream().map(r -> normal(r.program().stdout())).toList();
        if (got.size() == expected.size() && got.containsAll(expected) && expected.containsAll(got)) {
            String keep = "Keep a Future per command in a list in command order, and get() them in that order.";
            if (got.equals(expected.reversed())) { // programs that run together finish last first
                String backwards = "put in backwards (add(0, output), or the Futures read from the last)";
                return Optional.of(answer + " returned " + shown + ", last command first, not the order of the commands "
                        + want + ". " + (got.equals(finishing)
                                ? "That is also the order the programs finished: either each output was added as its "
                                        + "program finished, or the outputs were " + backwards + ". "
                                : "Were the outputs " + backwards + "? ") + keep);
            }
            if (got.equals(finishing)) {
                return Optional.of(answer + " returned " + shown + ", in the order the programs finished, not the order "
                        + "of the commands " + want + ". " + keep);
            }
            if (ProbeFeedback.sorted(got, expected)) {
                return Optional.of(answer + " returned " + shown + ": the outputs sorted, not in the order of the commands "
                        + want + ". Command order is the order of the list " + answer + " was given, whatever the "
                        + "programs print: don't sort the outputs. " + keep);
            }
        }
        if (got.size() != expected.size()) {
            return Optional.of(answer + " returned " + got.size() + " outputs for " + expected.size() + " commands: "
                    + shown + "; expected " + want + ".");
        }
        return Optional.of(answer + " returned " + shown + "; expected " + want + ", each program's output (all it "
                + "printed on stdout) at its command's place.");
    }

    /** Empty when {@code returned} is the secret, found in at most {@code maxGuesses} guesses. */
    static Optional<String> guessed(String answer, ProgramRun run, int returned, int maxGuesses) {
        int secret = run.program().secret();
        List<String> lines = run.lines();
        if (lines.isEmpty()) {
            return Optional.of(answer + " returned " + returned + " without sending the program a single guess: write "
                    + "each guess as a line to its input (process.outputWriter()), flush it, and read the reply from "
                    + "its output (process.inputReader().readLine()).");
        }
        if (lines.size() >= ProbeProgram.MOST_GUESSES) {
            return Optional.of(neverStopped(answer, lines));
        }
        if (returned != secret) {
            return Optional.of(answer + " returned " + returned + ", but the program's number was " + secret
                    + " (it was sent " + lines.size() + (lines.size() == 1 ? " guess" : " guesses") + ", the last "
                    + Text.visible(lines.getLast()) + "). Keep guessing until the reply is \"correct\", and return the "
                    + "guess it was for.");
        }
        if (lines.size() > maxGuesses) {
            return Optional.of(answer + " found " + secret + ", but sent " + lines.size() + " guesses; at most "
                    + maxGuesses + " are needed. Use each reply: after \"higher\" the number is above your guess, after "
                    + "\"lower\" below it, so guess the middle of what is left (halving the range each time).");
        }
        return Optional.empty();
    }

    /** What to say of a guesser that sent {@link ProbeProgram#MOST_GUESSES} guesses or more, {@code lines}. */
    private static String neverStopped(String answer, List<String> lines) {
        List<String> last = lines.subList(lines.size() - 3, lines.size()).stream().map(Text::visible).toList();
        String head = answer + " sent the program " + lines.size() + " guesses, more than there are numbers from 1 to "
                + "1000, so the program stopped answering (its output ended: readLine() returned null). The last ones "
                + "were " + String.join(", ", last) + ": ";
        boolean inRange = lines.subList(lines.size() - 3, lines.size()).stream().allMatch(ProcessFeedback::aNumberToGuess);
        if (inRange && last.stream().distinct().count() == 1) {
            return head + "the same guess again and again, so the range stopped shrinking. After \"higher\" the number "
                    + "is above the guess (low = guess + 1, not low = guess); after \"lower\" below it (high = guess - 1).";
        }
        return head + "the replies did not move the range the right way. Compare each reply with equals() "
                + "(reply.equals(\"higher\")): == asks whether two strings are the same object, and a line read from a "
                + "pipe never is.";
    }

    /** Whether {@code line} is a guess from 1 to 1000. */
    private static boolean aNumberToGuess(String line) {
        try {
            int guess = Integer.parseInt(line.strip());
            return guess >= 1 && guess <= 1000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Empty when the conversation with {@code run} ended properly before the answer returned. */
    static Optional<String> endedConversation(String answer, ProgramRun run, boolean aliveAtReturn) {
        if (!run.sawEndOfInput() && run.hasEnded() && run.exitReported() == null) {
            return Optional.of(answer + " killed the program (destroy()) instead of ending the conversation: it would "
                    + "have ended by itself once its input was closed. Close its input (close() on its outputWriter()), "
                    + "then waitFor() it.");
        }
        if (!run.sawEndOfInput()) {
            return Optional.of(answer + " returned without closing the program's input, so the program kept waiting "
                    + "for another guess. Close its input (close() on its outputWriter()) to end the conversation, then "
                    + "waitFor() it.");
        }
        if (aliveAtReturn) {
            return Optional.of(answer + " closed the program's input, but returned before the program had exited: "
                    + "call waitFor() after closing, so that the conversation is really over.");
        }
        return Optional.empty();
    }

    /** The most programs at work (started, neither ended nor lingering) at once, looked at as each one started. */
    private static int peakAtWork(List<ProgramRun> runs) {
        int peak = 0;
        for (ProgramRun started : runs) {
            long at = started.startedAt();
            if (at != 0) {
                peak = Math.max(peak, (int) runs.stream().filter(r -> r.atWork(at)).count());
            }
        }
        return peak;
    }

    private static String names(List<ProgramRun> runs) {
        return String.join(", ", runs.stream().map(r -> r.name()).toList());
    }

    private static String describe(Object returned) {
        if (returned instanceof String s) {
            return "\"" + Text.visible(Text.truncate(s, 40)) + "\"";
        }
        return String.valueOf(returned);
    }

    static List<Throwable> chain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && chain.size() < 20 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Line breaks as {@code \n}, and one trailing line break dropped. */
    static String normal(String text) {
        String s = text.replace("\r\n", "\n");
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lastLine(String text) {
        List<String> lines = normal(text).lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.getLast().strip();
    }
}
