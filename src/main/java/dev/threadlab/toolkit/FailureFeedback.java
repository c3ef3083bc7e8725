package dev.threadlab.toolkit;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feedback on whether an answer passed a task's failure on to its caller: it must throw, and the task's own
 * exception must be the exception it throws or among its causes (as {@code ExecutionException} carries it),
 * so that nothing is lost. Swallowing it, printing it and returning what did arrive, or throwing a new
 * exception without it, each get their own words. Stateless apart from what it judges.
 */
final class FailureFeedback {

    private FailureFeedback() {
    }

    /**
     * Empty when {@code thrown} carries one of the tasks' failures; else why not. {@code returned} is what
     * the answer returned when {@code thrown} is null.
     */
    static Optional<String> judge(String answer, ProbeFacts facts, Object returned, Throwable thrown) {
        List<ProbeFacts.Task> failed = facts.tasks().stream().filter(t -> t.threw() != null).toList();
        if (failed.isEmpty()) {
            List<ProbeFacts.Task> never = facts.neverRan();
            return Optional.of(answer + " never ran " + (never.isEmpty() ? "the task that fails" : ProbeFacts.labels(never))
                    + ", so there was no failure to pass on: run every task it is given.");
        }
        ProbeFacts.Task task = failed.getFirst();
        String failure = task.threw() instanceof TaskFailure t ? t.describe() : String.valueOf(task.threw());
        if (thrown == null) {
            String printed = failed.stream().map(t -> t.threw() instanceof TaskFailure f ? f.printedBy() : null)
                    .filter(p -> p != null).findFirst().orElse(null);
            String result = returned instanceof List<?> list ? Text.listed(list, 6) : String.valueOf(returned);
            if (printed != null) {
                return Optional.of(answer + " printed " + task.label() + "'s " + failure + " (" + printed + ") and then "
                        + "returned " + result + " as if all was well: printing a failure does not handle it, and the "
                        + "caller of " + answer + " never finds out. Let the ExecutionException from get() leave " + answer
                        + " (it is declared throws Exception).");
            }
            return Optional.of(task.label() + " threw " + failure + ", yet " + answer + " returned " + result + " as if all "
                    + "was well: the failure was swallowed. Don't catch ExecutionException to carry on; let get() throw "
                    + "it out of " + answer + " (it is declared throws Exception).");
        }
        Map<Throwable, Boolean> chain = new IdentityHashMap<>();
        collect(thrown, chain, 0);
        if (failed.stream().anyMatch(t -> chain.containsKey(t.threw()))) {
            return Optional.empty();
        }
        return Optional.of(answer + " threw " + StackText.className(thrown.getClass())
                + (thrown.getMessage() == null ? "" : "(\"" + StackText.withoutWrappers(thrown.getMessage()) + "\")")
                + ", but " + task.label() + "'s own " + failure + " is not among its causes, so whoever catches it cannot "
                + "tell what went wrong. Pass it on: let the ExecutionException from get() propagate, or give the "
                + "exception you throw the one you caught as its cause (new IllegalStateException(\"…\", e)).");
    }

    /** Whether {@code thrown} is the unwritten stub's exception, which the check reports as it is. */
    static boolean unwritten(Throwable thrown) {
        return thrown instanceof UnsupportedOperationException && thrown.getMessage() != null
                && thrown.getMessage().startsWith("Not written yet");
    }

    private static void collect(Throwable t, Map<Throwable, Boolean> seen, int depth) {
        if (t == null || depth > 20 || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        collect(t.getCause(), seen, depth + 1);
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, seen, depth + 1);
        }
    }
}
