package dev.threadlab.toolkit;

import java.util.Optional;

/**
 * Who calls a probe: the class (its nest host, so a lambda, a method reference or a local class counts as the
 * class whose code it is in) of the first frame outside the probes' own classes. A probe remembers the class that made it
 * and counts only calls from that class's code, so that code elsewhere (a learner's answer that got hold of the
 * probe) cannot feed it: a check's tasks arrive at its gate, nobody else does. Stateless.
 */
final class Callers {

    /** The classes whose frames are the probes' own, skipped to find their caller. */
    private static final java.util.Set<Class<?>> PROBES = java.util.Set.of(Callers.class, Check.class, Gate.class,
            HighWater.class);
    private static final StackWalker WALKER = StackWalker.getInstance(java.util.Set.of(
            StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_HIDDEN_FRAMES,
            StackWalker.Option.SHOW_REFLECT_FRAMES));

    private Callers() {
    }

    /** The nest host of the code that called the probe, or empty when there is none. */
    static Optional<Class<?>> host() {
        return WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(type -> !PROBES.contains(type))
                .findFirst()
                .map(Class::getNestHost));
    }

    /**
     * Throws unless the code that called the probe is {@code owner}'s.
     *
     * @throws IllegalCallerException naming {@code what} when it is not
     */
    static void requireFrom(Optional<Class<?>> owner, String what) {
        if (owner.isPresent() && !owner.equals(host())) {
            throw new IllegalCallerException(what + " counts only calls from the code that made it (the check's own"
                    + " tasks), not from " + host().map(Class::getName).orElse("elsewhere"));
        }
    }
}
