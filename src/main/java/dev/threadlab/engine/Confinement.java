package dev.threadlab.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How tightly an engine JVM is shut in, beyond what every engine gets: its own process, and (run from the
 * engine jar) the toolkit and agent as a named module that user code cannot look inside. Immutable.
 *
 * <p>{@link #open()} is the live kernel's: a learner's own machine, nothing else. {@link #grading} is what
 * {@code threadlab grade} uses: the engine's environment is cleared (nothing of the grader's leaks), the JVM
 * is started with the flags that shut the doors the module leaves open on that JDK (see
 * {@link #jvmFlags(int)}), and the agent refuses cells that reflect, load classes or reach the JDK's
 * internals; with a {@link Sandbox}, the engine also runs inside bubblewrap.
 *
 * @param grading whether the engine grades submissions (strict flags, cleared environment, refusals)
 * @param sandbox when present, the engine runs inside this sandbox; only when grading
 */
public record Confinement(boolean grading, Optional<Sandbox> sandbox) {

    /** The system property the agent reads at start-up to know it grades; user code cannot unset it in time. */
    public static final String GRADING_PROPERTY = "threadlab.grading";

    public Confinement {
        Objects.requireNonNull(sandbox, "sandbox");
        if (sandbox.isPresent() && !grading) {
            throw new IllegalArgumentException("a sandbox is for grading engines only, was asked for a live engine");
        }
    }

    /** The live kernel's engine: no extra confinement. */
    public static Confinement open() {
        return new Confinement(false, Optional.empty());
    }

    /** A grading engine, in {@code sandbox} when present. */
    public static Confinement grading(Optional<Sandbox> sandbox) {
        return new Confinement(true, sandbox);
    }

    /**
     * The JVM flags a grading engine gets on a JDK of feature release {@code jdk}: no agent may attach to it
     * (it could rewrite any class), and on JDKs that have the switches, {@code sun.misc.Unsafe}'s memory access
     * (JDK 23+) and native code (JDK 24+) are denied, so code in the unnamed module cannot read or write the
     * memory of the toolkit's objects. (From JDK 22 the engine module may use native code: its agent makes the
     * process non-dumpable, so that no other process of the user can write its memory either.) Empty for a
     * live engine.
     */
    public List<String> jvmFlags(int jdk) {
        if (!grading) {
            return List.of();
        }
        List<String> flags = new ArrayList<>(List.of("-XX:+DisableAttachMechanism", "-D" + GRADING_PROPERTY + "=true"));
        if (jdk >= 23) {
            flags.add("--sun-misc-unsafe-memory-access=deny");
        }
        if (jdk >= 24) {
            flags.add("--illegal-native-access=deny");
        }
        return List.copyOf(flags);
    }

    /**
     * What a grading engine on a JDK of feature release {@code jdk} leaves open that a newer one would close,
     * in words for a teacher; empty when nothing is.
     */
    public static Optional<String> weakerOn(int jdk) {
        if (jdk >= 24) {
            return Optional.empty();
        }
        return Optional.of("On JDK " + jdk + " the grading engine cannot deny "
                + (jdk >= 23 ? "native code (JNI, the foreign function API)"
                        : "sun.misc.Unsafe's memory access and native code (JNI, the foreign function API)")
                + (jdk >= 22 ? "" : ", nor keep other processes out of its memory")
                + " to code that grading does not read (a child JVM a cell starts, say); grade with JDK 24 or newer"
                + " (set JAVA_HOME) to shut those doors too.");
    }

    /**
     * The bubblewrap sandbox of a grading engine: a read-only view of the system ({@code /usr}, {@code /etc}
     * and the JDK and engine jar it needs), private {@code /tmp} and home, no other files (no sources, no
     * output directory, no working directory), a network of its own with loopback only, its own process
     * tree (every process in it ends with it) and a cleared environment.
     *
     * @param bwrap the {@code bwrap} executable
     */
    public record Sandbox(Path bwrap) {
        public Sandbox {
            Objects.requireNonNull(bwrap, "bwrap");
        }
    }
}
